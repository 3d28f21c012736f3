import type { Database } from '../db/database.js';

// Failed sign-ins are counted per account and per client address in a sliding window. The interface is small so the
// Redis implementation (redis-throttle.ts, for many API processes without a database round trip) stands beside this one.

/** How many failures each kind of key may have within the window. */
export interface SignInLimits {
  windowSeconds: number;
  perAccount: number;
  perAddress: number;
}

/** 5 failures per account and 20 per address in 15 minutes: slow for a guesser, rarely felt by a person. */
export const defaultSignInLimits: SignInLimits = { windowSeconds: 15 * 60, perAccount: 5, perAddress: 20 };

/** The key a failure is counted under for an account. */
export const accountKey = (email: string) => `account:${email}`;
/** The key a failure is counted under for a client address. */
export const addressKey = (address: string) => `address:${address}`;

/** Counts failed sign-ins and says when to wait. */
export interface SignInThrottle {
  /** Seconds to wait before any of these keys may try again; 0 when none is over its limit. */
  retryAfter(keys: readonly string[]): Promise<number>;
  /** Counts one failure under each key. */
  recordFailure(keys: readonly string[]): Promise<void>;
  /** Forgets a key's failures, as a successful sign-in does for its account. */
  clear(key: string): Promise<void>;
}

/** How many failures a key may have within the window: an account's limit or an address's. */
export function limitOf(key: string, limits: SignInLimits): number {
  return key.startsWith('account:') ? limits.perAccount : limits.perAddress;
}

/** A throttle that keeps failures in the database, shared by every API process using it. */
export function createDatabaseThrottle(database: Database, limits: SignInLimits = defaultSignInLimits, now: () => Date = () => new Date()): SignInThrottle {
  const { db } = database;
  const windowStart = (at: Date) => new Date(at.getTime() - limits.windowSeconds * 1000).toISOString();

  return {
    async retryAfter(keys) {
      const at = now();
      let wait = 0;
      for (const key of keys) {
        const limit = limitOf(key, limits);
        // The limit-th newest failure in the window: once it leaves the window, one more attempt is allowed.
        const rows = await db
          .selectFrom('sign_in_failures')
          .select('failed_at')
          .where('key', '=', key)
          .where('failed_at', '>', windowStart(at))
          .orderBy('failed_at', 'desc')
          .limit(limit)
          .execute();
        const oldest = rows[limit - 1];
        if (oldest) wait = Math.max(wait, Math.ceil((Date.parse(oldest.failed_at) + limits.windowSeconds * 1000 - at.getTime()) / 1000));
      }
      return Math.max(wait, 0);
    },

    async recordFailure(keys) {
      const at = now();
      await db.transaction().execute(async (trx) => {
        // Old failures count for nothing; dropping them here keeps the table as small as the window.
        await trx.deleteFrom('sign_in_failures').where('key', 'in', keys).where('failed_at', '<=', windowStart(at)).execute();
        await trx.insertInto('sign_in_failures').values(keys.map((key) => ({ key, failed_at: at.toISOString() }))).execute();
      });
    },

    async clear(key) {
      await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
    },
  };
}
