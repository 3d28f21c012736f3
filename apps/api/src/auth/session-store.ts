import { randomUUID } from 'node:crypto';
import { AppError, type StaffSession, type User } from '@kraina/core';
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

// Last-seen times are written at most once a minute per session, so a busy editor does not write on every request.
const touchEveryMs = 60_000;

const earlier = (a: string, b: string) => (a < b ? a : b);

/** Staff sessions: the only code that writes session rows. `now` is injectable so expiry is tested without waiting. */
export function createSessionStore(database: Database, users: UserStore, lifetimes: SessionLifetimes, now: () => Date = () => new Date()) {
  const { db } = database;
  const idleMs = lifetimes.idleMinutes * 60_000;

  return {
    /** Opens a new session for a user: a new random secret every time, so a session cannot be fixed in advance. */
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

    /** The open session a cookie's secret names, with its user; none when revoked, expired or the account is disabled. */
    async resolve(secret: string): Promise<{ session: OpenSession; user: User } | undefined> {
      const at = now();
      const row = await db.selectFrom('sessions').selectAll().where('secret_hash', '=', hashSecret(secret)).executeTakeFirst();
      const iso = at.toISOString();
      if (!row || row.revoked_at !== null || row.idle_expires_at <= iso || row.absolute_expires_at <= iso) return undefined;
      const user = await users.get(row.user_id).catch(() => undefined);
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

    /** Ends a session by its secret, as a new sign-in does for the cookie it replaces. */
    async revokeBySecret(secret: string): Promise<void> {
      await db.updateTable('sessions').set({ revoked_at: now().toISOString() }).where('secret_hash', '=', hashSecret(secret)).where('revoked_at', 'is', null).execute();
    },

    /** Ends one of a user's sessions; another user's, or an unknown one, is not found. */
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

    /** Ends every open session of a user but the one named, as a password change does for the sessions it does not trust. */
    async revokeAllOf(userId: string, exceptId?: string): Promise<void> {
      let update = db.updateTable('sessions').set({ revoked_at: now().toISOString() }).where('user_id', '=', userId).where('revoked_at', 'is', null);
      if (exceptId !== undefined) update = update.where('id', '!=', exceptId);
      await update.execute();
    },

    /** A user's open sessions, newest first, marking the one asked from. */
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

/** The session store's operations. */
export type SessionStore = ReturnType<typeof createSessionStore>;
