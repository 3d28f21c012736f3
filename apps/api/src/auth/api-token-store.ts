import { randomUUID } from 'node:crypto';
import { AppError, type ApiToken, type CreateApiTokenInput, CreateApiTokenInputSchema, type CreatedApiToken, type TokenScope } from '@kraina/core';
import type { Selectable } from 'kysely';
import { type AuditActor, appendAudit, systemActor } from '../audit/audit-log.js';
import type { Database } from '../db/database.js';
import { fromJson, toJson } from '../db/json.js';
import type { ApiTokenTable } from '../db/tables.js';
import { hashSecret, newSecret } from './secrets.js';

// API tokens for internal teams. The secret reads `kraina_…` so a leaked one is easy to recognise (secret scanners
// look for such prefixes); only its SHA-256 is stored, so it is shown once, in the answer that creates it.

const prefix = 'kraina_';
// Last use is written at most once a minute per token, so a busy integration does not write on every request.
const recordUseEveryMs = 60_000;

function toApiToken(row: Selectable<ApiTokenTable>): ApiToken {
  return {
    id: row.id,
    name: row.name,
    scopes: fromJson<TokenScope[]>(row.scopes_json) ?? [],
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** The API tokens: the only code that writes token rows. */
export function createApiTokenStore(database: Database, now: () => Date = () => new Date()) {
  const { db } = database;

  return {
    /**
     * Creates a token for `createdBy` (an admin, to whom its writes are attributed), audited by name; the answer
     * alone holds the secret, which the audit entry never names.
     */
    async create(input: CreateApiTokenInput, createdBy: string, address: string | null = null): Promise<CreatedApiToken> {
      const value = CreateApiTokenInputSchema.parse(input);
      const secret = `${prefix}${newSecret()}`;
      const row = {
        id: randomUUID(),
        name: value.name,
        scopes_json: toJson([...new Set(value.scopes)].sort()),
        secret_hash: hashSecret(secret),
        created_by: createdBy,
        created_at: now().toISOString(),
        expires_at: value.expiresAt === undefined ? null : new Date(value.expiresAt).toISOString(),
        last_used_at: null,
        revoked_at: null,
      };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('api_tokens').values(row).execute();
        await appendAudit(trx, database.dialect, { action: 'token-created', actorId: createdBy, targetType: 'token', targetId: row.id, address, details: { name: row.name } });
      });
      return { ...toApiToken(row), secret };
    },

    /** Every token, newest first, without secrets. */
    async list(): Promise<ApiToken[]> {
      const rows = await db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
      return rows.map(toApiToken);
    },

    /** Revokes a token, audited; it is refused from the next request on. */
    async revoke(id: string, actor: AuditActor = systemActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const revoked = await trx.updateTable('api_tokens').set({ revoked_at: now().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).returning('name').executeTakeFirst();
        if (revoked === undefined) throw new AppError('not-found', 'No such active token');
        await appendAudit(trx, database.dialect, { action: 'token-revoked', actorId: actor.id, targetType: 'token', targetId: id, address: actor.address, details: { name: revoked.name } });
      });
    },

    /**
     * The token a bearer secret names, recording its use; none when unknown, revoked, expired, or when the admin
     * who created it is disabled (a token does not outlive the trust placed in its creator).
     */
    async resolve(secret: string): Promise<{ token: ApiToken; createdBy: string } | undefined> {
      if (!secret.startsWith(prefix)) return undefined;
      const at = now();
      const iso = at.toISOString();
      const row = await db
        .selectFrom('api_tokens')
        .innerJoin('users', 'users.id', 'api_tokens.created_by')
        .selectAll('api_tokens')
        .select('users.disabled')
        .where('api_tokens.secret_hash', '=', hashSecret(secret))
        .executeTakeFirst();
      if (!row || row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= iso) || row.disabled === 1) return undefined;
      let lastUsedAt = row.last_used_at;
      if (lastUsedAt === null || at.getTime() - Date.parse(lastUsedAt) >= recordUseEveryMs) {
        lastUsedAt = iso;
        await db.updateTable('api_tokens').set({ last_used_at: iso }).where('id', '=', row.id).execute();
        // Recorded as often as its last use is (once a minute at most): who used the token is known by its creator.
        await appendAudit(db, database.dialect, { action: 'token-used', actorId: row.created_by, targetType: 'token', targetId: row.id, details: { name: row.name } });
      }
      return { token: toApiToken({ ...row, last_used_at: lastUsedAt }), createdBy: row.created_by };
    },
  };
}

/** The API token store's operations. */
export type ApiTokenStore = ReturnType<typeof createApiTokenStore>;
