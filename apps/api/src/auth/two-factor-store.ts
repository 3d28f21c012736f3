import { AppError } from '@kraina/core';
import type { Database } from '../db/database.js';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.js';
import { newTotpSecret, stepOfCode } from './totp.js';

/** What a sign-in (or turning two-factor off) offered as its second factor. */
export interface SecondFactor {
  code?: string | undefined;
  recoveryCode?: string | undefined;
}

/** How a second factor was checked: passed with a code or a recovery code, not offered at all, or wrong. */
export type SecondFactorCheck = 'code' | 'recovery-code' | 'missing' | 'wrong';

/**
 * Two-factor sign-in: the only code that writes the TOTP secrets and recovery codes. Every check that accepts a
 * code also spends it, in one conditional update, so two requests racing with the same code cannot both pass.
 */
export function createTwoFactorStore(database: Database, now: () => Date = () => new Date()) {
  const { db } = database;

  async function secretsOf(userId: string) {
    const row = await db.selectFrom('users').select(['two_factor_secret', 'two_factor_pending_secret']).where('id', '=', userId).executeTakeFirst();
    if (!row) throw new AppError('not-found', 'No such account');
    return { secret: row.two_factor_secret, pendingSecret: row.two_factor_pending_secret };
  }

  function refuseWhenOn(secret: string | null): void {
    if (secret !== null) throw new AppError('conflict', 'Two-factor sign-in is already on; turn it off before setting it up again');
  }

  return {
    /** Starts a setup with a new secret, replacing any setup begun before; two-factor sign-in is not on until confirmed. */
    async begin(userId: string): Promise<string> {
      refuseWhenOn((await secretsOf(userId)).secret);
      const secret = newTotpSecret();
      await db.updateTable('users').set({ two_factor_pending_secret: secret }).where('id', '=', userId).execute();
      return secret;
    },

    /** Turns two-factor sign-in on when the code matches the secret being set up; answers new recovery codes. */
    async confirm(userId: string, code: string): Promise<string[]> {
      const { secret, pendingSecret } = await secretsOf(userId);
      refuseWhenOn(secret);
      if (pendingSecret === null) throw new AppError('conflict', 'Start setting up two-factor sign-in first');
      const step = stepOfCode(pendingSecret, code, now());
      if (step === undefined) throw new AppError('invalid-input', 'The code is not right', { issues: [{ pointer: '#/body/code', detail: 'Not the code your app shows for the new secret' }] });
      const codes = newRecoveryCodes();
      const at = now().toISOString();
      await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('users')
          .set({ two_factor_secret: pendingSecret, two_factor_pending_secret: null, two_factor_last_step: step })
          .where('id', '=', userId)
          .where('two_factor_pending_secret', '=', pendingSecret) // a setup begun again meanwhile wins
          .where('two_factor_secret', 'is', null)
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) throw new AppError('conflict', 'The setup changed meanwhile; start it again');
        await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
        await trx.insertInto('recovery_codes').values(codes.map((c) => ({ user_id: userId, code_hash: hashRecoveryCode(userId, c), created_at: at, used_at: null }))).execute();
      });
      return codes;
    },

    /**
     * Checks and spends a second factor: a code is taken once (its 30-second step, and every earlier one, is
     * refused afterwards), a recovery code is spent. A code is tried first when both are sent.
     */
    async check(userId: string, factor: SecondFactor): Promise<SecondFactorCheck> {
      if (factor.code === undefined && factor.recoveryCode === undefined) return 'missing';
      const { secret } = await secretsOf(userId);
      if (secret === null) return 'wrong';
      if (factor.code !== undefined) {
        const step = stepOfCode(secret, factor.code, now());
        if (step === undefined) return 'wrong';
        const accepted = await db
          .updateTable('users')
          .set({ two_factor_last_step: step })
          .where('id', '=', userId)
          .where('two_factor_secret', '=', secret)
          .where((eb) => eb.or([eb('two_factor_last_step', 'is', null), eb('two_factor_last_step', '<', step)]))
          .executeTakeFirst();
        return accepted.numUpdatedRows === 1n ? 'code' : 'wrong';
      }
      const spent = await db
        .updateTable('recovery_codes')
        .set({ used_at: now().toISOString() })
        .where('user_id', '=', userId)
        .where('code_hash', '=', hashRecoveryCode(userId, factor.recoveryCode ?? ''))
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return spent.numUpdatedRows === 1n ? 'recovery-code' : 'wrong';
    },

    /** Turns two-factor sign-in off: the secret, any setup in progress and every recovery code are forgotten. */
    async disable(userId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ two_factor_secret: null, two_factor_pending_secret: null, two_factor_last_step: null }).where('id', '=', userId).execute();
        await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
      });
    },
  };
}

/** The two-factor store's operations. */
export type TwoFactorStore = ReturnType<typeof createTwoFactorStore>;
