import { createHash } from 'node:crypto';
import type { AuditAction, AuditDetails, AuditEntry, AuditListQuerySchema, AuditPage, AuditVerification } from '@kraina/core';
import { type Kysely, type Transaction, sql } from 'kysely';
import type { z } from 'zod';
import { nowIso } from '../content/clock.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database, Dialect } from '../db/database.js';
import type { AuditLogTable, Tables } from '../db/tables.js';

type Queryable = Kysely<Tables> | Transaction<Tables>;
type ListQuery = z.output<typeof AuditListQuerySchema>;

/** What happened, by whom, to what; the log adds the sequence, time and hashes. */
export interface AuditInput {
  action: AuditAction;
  actorId: string | null;
  targetType?: string | null;
  targetId?: string | null;
  address?: string | null;
  details?: AuditDetails;
}

/** Who made a change, for its audit entry: a member of staff and their address, or the system (seeds, imports, the CLI). */
export interface AuditActor {
  id: string | null;
  address: string | null;
}

/** The actor of changes nobody on staff asked for. */
export const systemActor: AuditActor = { id: null, address: null };

/** The member of staff behind a request, as its audit entries name them. */
export function actorOf(staff: { id: string }, req: { ip?: string | undefined }): AuditActor {
  return { id: staff.id, address: req.ip ?? null };
}

/** The hash before the first entry. */
const genesis = '0'.repeat(64);
// One lock id for "appending to the audit log" on PostgreSQL; any constant no other code uses.
const appendLock = 7_243_001;

/** SHA-256 over the previous hash and every stored field of an entry, in a fixed order. */
export function entryHash(prevHash: string, row: Omit<AuditLogTable, 'prev_hash' | 'hash'>): string {
  const fields = [row.seq, row.at, row.action, row.actor_id, row.target_type, row.target_id, row.address, row.details_json];
  return createHash('sha256').update(`${prevHash}\n${JSON.stringify(fields)}`).digest('hex');
}

function toEntry(row: AuditLogTable): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    action: row.action as AuditAction,
    actorId: row.actor_id,
    targetType: row.target_type,
    targetId: row.target_id,
    address: row.address,
    details: JSON.parse(row.details_json) as AuditDetails,
    hash: row.hash,
  };
}

async function appendIn(trx: Transaction<Tables>, dialect: Dialect, input: AuditInput): Promise<void> {
  // Appends are serialised so two never chain to the same predecessor: SQLite has one writer; PostgreSQL takes a
  // lock held until this transaction ends.
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${appendLock})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const row = {
    seq: Number(last?.seq ?? 0) + 1,
    at: nowIso(),
    action: input.action,
    actor_id: input.actorId,
    target_type: input.targetType ?? null,
    target_id: input.targetId ?? null,
    address: input.address ?? null,
    details_json: JSON.stringify(input.details ?? {}),
  };
  const prevHash = last?.hash ?? genesis;
  await trx.insertInto('audit_log').values({ ...row, prev_hash: prevHash, hash: entryHash(prevHash, row) }).execute();
}

/**
 * Appends an entry. Given a transaction, the entry commits or rolls back with the change it records (a publish and
 * its entry are one); given the database, it gets a transaction of its own.
 */
export async function appendAudit(db: Queryable, dialect: Dialect, input: AuditInput): Promise<void> {
  if (db.isTransaction) await appendIn(db as Transaction<Tables>, dialect, input);
  else await db.transaction().execute((trx) => appendIn(trx, dialect, input));
}

/** Reading and checking the audit log. Nothing here changes it: there is no update or delete anywhere in the code. */
export function createAuditLog({ db, dialect }: Database) {
  return {
    append: (input: AuditInput) => appendAudit(db, dialect, input),

    /** Entries newest first, filtered by action, actor, the thing acted on and UTC days. */
    async list(query: ListQuery): Promise<AuditPage> {
      let select = db.selectFrom('audit_log').selectAll();
      if (query.action !== undefined) select = select.where('action', '=', query.action);
      if (query.actorId !== undefined) select = select.where('actor_id', '=', query.actorId);
      if (query.entityType !== undefined) select = select.where('target_type', '=', query.entityType);
      if (query.entityId !== undefined) select = select.where('target_id', '=', query.entityId);
      if (query.from !== undefined) select = select.where('at', '>=', `${query.from}T00:00:00.000Z`);
      if (query.to !== undefined) select = select.where('at', '<', new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000).toISOString());
      if (query.cursor !== undefined) select = select.where('seq', '<', Number(decodeCursor(query.cursor).id) || 0);
      const rows = await select.orderBy('seq', 'desc').limit(query.limit + 1).execute();
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return { items: page.map(toEntry), nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.at, id: String(last.seq) }) : null };
    },

    /**
     * Walks the whole chain in order, recomputing each hash: an entry changed in place, removed (a gap in the
     * sequence) or inserted breaks it at that point. Removing the newest entries leaves a shorter valid chain;
     * only a copy of the last hash kept elsewhere (a printed report, a ticket) catches that, so the answer names it.
     */
    async verify(): Promise<AuditVerification & { lastHash: string }> {
      let expectedSeq = 1;
      let prevHash = genesis;
      for (;;) {
        const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(1000).execute();
        if (rows.length === 0) return { ok: true, entries: expectedSeq - 1, brokenAt: null, reason: null, lastHash: prevHash };
        for (const row of rows) {
          const seq = Number(row.seq);
          const broken = (reason: string) => ({ ok: false, entries: expectedSeq - 1, brokenAt: seq, reason, lastHash: prevHash });
          if (seq !== expectedSeq) return { ...broken(`entry ${expectedSeq} is missing`), brokenAt: expectedSeq };
          if (row.prev_hash !== prevHash) return broken('it does not chain to the entry before it');
          if (row.hash !== entryHash(prevHash, row)) return broken('its contents do not match its hash');
          prevHash = row.hash;
          expectedSeq += 1;
        }
      }
    },
  };
}

/** The audit log's operations. */
export type AuditLog = ReturnType<typeof createAuditLog>;
