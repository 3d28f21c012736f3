import { randomUUID } from 'node:crypto';
import { AppError, type StaffSession, type User, isAppError } from '@kraina/core';
import type { Database } from '../db/database.js';
import type { UserStore } from '../user/user-store.js';
import { csrfTokenOf, hashSecret, newSecret } from './secrets.js';

/** How long sessions last. */
export interface SessionLifetimes {
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in, however busy. */
  maxHours: number;
}

/** A session as a request finds it: its public id, when it ends, and the CSRF token its writes must carry. */
export interface OpenSession {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
}

/**
 * Where staff sessions are kept: the database (the sessions table), or Redis when many api processes share one
 * (redis-session-store.ts). Both behave alike, and the auth tests run against each.
 */
export interface SessionStore {
  /** Opens a new session for a user: a new random secret every time, so a session cannot be fixed in advance. */
  start(userId: string, userAgent: string | undefined): Promise<{ secret: string; session: OpenSession }>;
  /** The open session a cookie's secret names, with its user; none when revoked, expired or the account is disabled. */
  resolve(secret: string): Promise<{ session: OpenSession; user: User } | undefined>;
  /** Ends a session by its secret, as a new sign-in does for the cookie it replaces. */
  revokeBySecret(secret: string): Promise<void>;
  /** Ends one of a user's sessions; another user's, or an unknown one, is not found. */
  revoke(id: string, userId: string): Promise<void>;
  /** Ends every open session of a user but the one named, as a password change does for the sessions it does not trust. */
  revokeAllOf(userId: string, exceptId?: string): Promise<void>;
  /** A user's open sessions, newest first, marking the one asked from. */
  listOpen(userId: string, currentId: string | undefined): Promise<StaffSession[]>;
}

/** Last-seen times are written at most once a minute per session, so a busy editor does not write on every request. */
export const touchEveryMs = 60_000;

/** The earlier of two ISO times: a session ends at its idle or its absolute expiry, whichever comes first. */
export const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The account a session belongs to, or undefined when it has been deleted. Only that: a database that cannot be
 * reached must answer 503, not sign the editor out as if the account were gone.
 */
export async function accountOf(users: Pick<UserStore, 'get'>, userId: string): Promise<User | undefined> {
  try {
    return await users.get(userId);
  } catch (error) {
    if (isAppError(error) && error.code === 'not-found') return undefined;
    throw error;
  }
}

/** Staff sessions in the database: the only code that writes session rows. `now` is injectable so expiry is tested without waiting. */
export function createDatabaseSessionStore(database: Database, users: UserStore, lifetimes: SessionLifetimes, now: () => Date = () => new Date()): SessionStore {
  const { db } = database;
  const idleMs = lifetimes.idleMinutes * 60_000;

  return {
    async start(userId: string, userAgent: string | undefined): Promise<{ secret: string; session: OpenSession }> {
      const secret = newSecret();
      const at = now();
      const idleExpiresAt = new Date(at.getTime() + idleMs).toISOString();
      const absoluteExpiresAt = new Date(at.getTime() + lifetimes.maxHours * 3_600_000).toISOString();
      const id = randomUUID();
      await db
        .insertInto('sessions')
        .values({
          id,
          secret_hash: hashSecret(secret),
          user_id: userId,
          user_agent: userAgent?.slice(0, 500) ?? null,
          created_at: at.toISOString(),
          last_seen_at: at.toISOString(),
          idle_expires_at: idleExpiresAt,
          absolute_expires_at: absoluteExpiresAt,
          revoked_at: null,
        })
        .execute();
      return { secret, session: { id, userId, csrfToken: csrfTokenOf(secret), expiresAt: earlier(idleExpiresAt, absoluteExpiresAt) } };
    },

    async resolve(secret: string): Promise<{ session: OpenSession; user: User } | undefined> {
      const at = now();
      const row = await db.selectFrom('sessions').selectAll().where('secret_hash', '=', hashSecret(secret)).executeTakeFirst();
      const iso = at.toISOString();
      if (!row || row.revoked_at !== null || row.idle_expires_at <= iso || row.absolute_expires_at <= iso) return undefined;
      const user = await accountOf(users, row.user_id);
      if (!user || user.disabled) return undefined;
      let idleExpiresAt = row.idle_expires_at;
      if (at.getTime() - Date.parse(row.last_seen_at) >= touchEveryMs) {
        idleExpiresAt = new Date(at.getTime() + idleMs).toISOString();
        await db.updateTable('sessions').set({ last_seen_at: iso, idle_expires_at: idleExpiresAt }).where('id', '=', row.id).execute();
      }
      return {
        session: { id: row.id, userId: row.user_id, csrfToken: csrfTokenOf(secret), expiresAt: earlier(idleExpiresAt, row.absolute_expires_at) },
        user,
      };
    },

    async revokeBySecret(secret: string): Promise<void> {
      await db.updateTable('sessions').set({ revoked_at: now().toISOString() }).where('secret_hash', '=', hashSecret(secret)).where('revoked_at', 'is', null).execute();
    },

    async revoke(id: string, userId: string): Promise<void> {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: now().toISOString() })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new AppError('not-found', 'No such open session');
    },

    async revokeAllOf(userId: string, exceptId?: string): Promise<void> {
      let update = db.updateTable('sessions').set({ revoked_at: now().toISOString() }).where('user_id', '=', userId).where('revoked_at', 'is', null);
      if (exceptId !== undefined) update = update.where('id', '!=', exceptId);
      await update.execute();
    },

    async listOpen(userId: string, currentId: string | undefined): Promise<StaffSession[]> {
      const iso = now().toISOString();
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .where('idle_expires_at', '>', iso)
        .where('absolute_expires_at', '>', iso)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        expiresAt: earlier(row.idle_expires_at, row.absolute_expires_at),
        userAgent: row.user_agent,
        current: row.id === currentId,
      }));
    },
  };
}
