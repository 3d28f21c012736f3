import { randomUUID } from 'node:crypto';
import {
  AppError,
  type CreateUserInput,
  CreateUserInputSchema,
  type Locale,
  type UpdateUserInput,
  UpdateUserInputSchema,
  type User,
  type UserListQuery,
  UserListQuerySchema,
} from '@kraina/core';
import { type Selectable, type Transaction, sql } from 'kysely';
import { type AuditActor, appendAudit, systemActor } from '../audit/audit-log.js';
import { hashPassword } from '../auth/password.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database, Dialect } from '../db/database.js';
import { fromJson, toJson } from '../db/json.js';
import type { Tables, UserTable } from '../db/tables.js';

// Staff accounts. Emails are kept in lower case, so `Admin@Portal.example` and `admin@portal.example` are one
// account and one throttle key. The password hash never leaves this file except to the sign-in check.

function toUser(row: Selectable<UserTable>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as User['role'],
    locales: fromJson<Locale[]>(row.locales_json) ?? [],
    twoFactorEnabled: row.two_factor_secret !== null,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/**
 * Refuses a change that would leave the portal with no enabled admin, since nobody could then manage accounts. On
 * PostgreSQL every enabled admin's row is locked, in one order, so two admins demoting each other at once are
 * served one after the other (the second then finds itself the last) rather than both passing or deadlocking.
 */
async function refuseLosingLastAdmin(trx: Transaction<Tables>, dialect: Dialect, id: string, field: 'role' | 'disabled'): Promise<void> {
  const admins = trx.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', 0).orderBy('id');
  const rows = await (dialect === 'postgres' ? admins.forUpdate() : admins).execute();
  if (!rows.some((row) => row.id !== id)) {
    throw new AppError('conflict', 'This is the last enabled admin; make another account an admin first', {
      issues: [{ pointer: `#/body/${field}`, detail: 'The portal must keep one enabled admin' }],
    });
  }
}

// The `%` and `_` of a search are literal characters of a name, not patterns.
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** An email as accounts are keyed by it. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The staff accounts: the only code that writes user rows. */
export function createUserStore(database: Database) {
  const { db, dialect } = database;
  // Case-insensitive on both engines (SQLite's LIKE folds ASCII letters only), with `\` as the escape on both.
  const like = dialect === 'postgres' ? sql.raw('ilike') : sql.raw('like');
  const contains = (column: 'name' | 'email', pattern: string) => sql<boolean>`${sql.ref(column)} ${like} ${pattern} escape '\\'`;

  async function get(id: string): Promise<User> {
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not-found', 'No such account');
    return toUser(row);
  }

  return {
    get,

    /** Every account, by name (for exports and checks that need them all at once). */
    async list(): Promise<User[]> {
      const rows = await db.selectFrom('users').selectAll().orderBy('name').orderBy('id').execute();
      return rows.map(toUser);
    },

    /** A page of accounts by name, then id; a query with no filters pages through every account. */
    async page(query: UserListQuery = {}): Promise<{ items: User[]; nextCursor: string | null }> {
      const { role, q, disabled, cursor, limit } = UserListQuerySchema.parse(query);
      let select = db.selectFrom('users').selectAll();
      if (role !== undefined) select = select.where('role', '=', role);
      if (disabled !== undefined) select = select.where('disabled', '=', disabled === 'true' ? 1 : 0);
      if (q !== undefined) {
        const pattern = `%${escapeLike(q)}%`;
        // Emails are stored in lower case, so the pattern is too for them; names keep theirs for LIKE to fold.
        select = select.where((eb) => eb.or([contains('name', pattern), contains('email', pattern.toLowerCase())]));
      }
      if (cursor !== undefined) {
        const after = decodeCursor(cursor);
        select = select.where((eb) => eb.or([eb('name', '>', after.at), eb.and([eb('name', '=', after.at), eb('id', '>', after.id)])]));
      }
      const rows = await select.orderBy('name').orderBy('id').limit(limit + 1).execute();
      const items = rows.slice(0, limit).map(toUser);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last ? encodeCursor({ at: last.name, id: last.id }) : null };
    },

    /** How many accounts exist; zero means the portal has no admin yet. */
    async count(): Promise<number> {
      const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Creates an account with its password hashed, and its audit entry; an email in use answers a conflict. */
    async create(input: CreateUserInput, actor: AuditActor = systemActor): Promise<User> {
      const value = CreateUserInputSchema.parse(input);
      const email = normaliseEmail(value.email);
      const taken = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      if (taken) throw new AppError('conflict', 'An account with this email exists', { issues: [{ pointer: '#/body/email', detail: 'Already in use' }] });
      const now = new Date().toISOString();
      const id = randomUUID();
      const locales = value.role === 'translator' ? value.locales : [];
      const passwordHash = await hashPassword(value.password);
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('users')
          .values({
            id,
            email,
            name: value.name,
            role: value.role,
            locales_json: toJson(locales),
            password_hash: passwordHash,
            two_factor_secret: null,
            two_factor_pending_secret: null,
            two_factor_last_step: null,
            disabled: 0,
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
        const details = { email, to: { role: value.role, locales } };
        await appendAudit(trx, dialect, { action: 'created', actorId: actor.id, targetType: 'user', targetId: id, address: actor.address, details });
      });
      return get(id);
    },

    /**
     * Changes an account if it is still at `expectedVersion`, auditing a new role or locales and a disabling or
     * enabling with it. Disabling ends its sessions at once; a role or locales change needs nothing more, since
     * every request reads the account afresh.
     */
    async update(id: string, input: UpdateUserInput, expectedVersion: number, actor: AuditActor = systemActor): Promise<User> {
      const value = UpdateUserInputSchema.parse(input);
      const now = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
        if (!before) throw new AppError('not-found', 'No such account');
        const role = value.role ?? (before.role as User['role']);
        const locales = role === 'translator' ? (value.locales ?? fromJson<Locale[]>(before.locales_json) ?? []) : [];
        const disabled = value.disabled ?? before.disabled === 1;
        if (before.role === 'admin' && before.disabled === 0 && (role !== 'admin' || disabled)) await refuseLosingLastAdmin(trx, database.dialect, id, value.disabled === true ? 'disabled' : 'role');
        const updated = await trx
          .updateTable('users')
          .set({
            ...(value.name === undefined ? {} : { name: value.name }),
            role,
            locales_json: toJson(locales),
            ...(value.disabled === undefined ? {} : { disabled: value.disabled ? 1 : 0 }),
            updated_at: now,
            version: expectedVersion + 1,
          })
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) throw new AppError('version-conflict', `Someone else changed this account first (it is at version ${before.version})`);
        if (value.disabled === true) {
          await trx.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', id).where('revoked_at', 'is', null).execute();
        }
        const entry = { actorId: actor.id, targetType: 'user', targetId: id, address: actor.address };
        const localesBefore = fromJson<Locale[]>(before.locales_json) ?? [];
        if (role !== before.role || JSON.stringify(locales) !== JSON.stringify(localesBefore)) {
          const details = { from: { role: before.role, locales: localesBefore }, to: { role, locales } };
          await appendAudit(trx, dialect, { ...entry, action: 'role-changed', details });
        }
        if (disabled !== (before.disabled === 1)) await appendAudit(trx, dialect, { ...entry, action: disabled ? 'account-disabled' : 'account-enabled' });
      });
      return get(id);
    },

    /** The account an email names, with its password hash, for the sign-in check only. */
    async findForSignIn(email: string): Promise<{ user: User; passwordHash: string | null } | undefined> {
      const row = await db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
      return row && { user: toUser(row), passwordHash: row.password_hash };
    },

    /** An account's password hash, for checking the current password before a change. */
    async passwordHashOf(id: string): Promise<string | null> {
      const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
      if (!row) throw new AppError('not-found', 'No such account');
      return row.password_hash;
    },

    /** Replaces an account's password hash (a rehash with stronger parameters at sign-in, a changed password). */
    async setPasswordHash(id: string, passwordHash: string): Promise<void> {
      await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
    },
  };
}

/** The staff accounts' operations. */
export type UserStore = ReturnType<typeof createUserStore>;
