import { randomUUID } from 'node:crypto';
import { AppError, type IssuedPasswordReset, type User } from '@kraina/core';
import type { Database } from '../db/database.js';
import type { UserStore } from '../user/user-store.js';
import { hashPassword } from './password.js';
import { hashSecret, newSecret } from './secrets.js';

// Password resets an admin issues for a member of staff who forgot theirs: a random token, handed over by the admin
// and stored only as its SHA-256, that sets a new password once within 24 hours.

const lifetimeMs = 24 * 3_600_000;

/** The password resets: the only code that writes reset rows, and the password and sessions a reset replaces. */
export function createPasswordResetStore(database: Database, users: UserStore, now: () => Date = () => new Date()) {
  const { db } = database;

  return {
    /** Issues a reset for an account; any earlier reset of it that is still unused stops working. */
    async issue(userId: string, issuedBy: string): Promise<IssuedPasswordReset> {
      await users.get(userId); // 404 for an unknown account
      const token = newSecret();
      const at = now();
      const expiresAt = new Date(at.getTime() + lifetimeMs).toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('password_resets').set({ used_at: at.toISOString() }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
        await trx
          .insertInto('password_resets')
          .values({ id: randomUUID(), token_hash: hashSecret(token), user_id: userId, created_by: issuedBy, created_at: at.toISOString(), expires_at: expiresAt, used_at: null })
          .execute();
      });
      return { token, expiresAt };
    },

    /**
     * Sets a new password with a reset token, spending it and ending every session of the account. An unknown,
     * used or expired token is answered alike, naming no account.
     */
    async redeem(token: string, newPassword: string): Promise<User> {
      const passwordHash = await hashPassword(newPassword); // before the transaction: hashing takes a while
      const at = now().toISOString();
      const userId = await db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('password_resets').select(['id', 'user_id']).where('token_hash', '=', hashSecret(token)).where('used_at', 'is', null).where('expires_at', '>', at).executeTakeFirst();
        const spent = row && (await trx.updateTable('password_resets').set({ used_at: at }).where('id', '=', row.id).where('used_at', 'is', null).executeTakeFirst());
        if (!row || spent?.numUpdatedRows !== 1n) {
          throw new AppError('not-found', 'This reset token is not valid: it may have expired or been used', { issues: [{ pointer: '#/body/token', detail: 'Unknown, used or expired' }] });
        }
        await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', row.user_id).execute();
        await trx.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', row.user_id).where('revoked_at', 'is', null).execute();
        return row.user_id;
      });
      return users.get(userId);
    },
  };
}

/** The password reset store's operations. */
export type PasswordResetStore = ReturnType<typeof createPasswordResetStore>;
