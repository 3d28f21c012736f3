import type { ContractHandlers } from '../contract/contract-handlers.js';
import type { SignInParts } from './auth-handlers.js';
import { hashPassword } from './password.js';
import type { PasswordResetStore } from './password-reset-store.js';
import { confirmPassword, throttleKeysOf } from './staff-checks.js';

type PasswordHandlers = Pick<ContractHandlers, 'changePassword' | 'issuePasswordReset' | 'resetPassword'>;

/** Changing one's own password, and the admin-issued reset for a forgotten one. */
export function passwordHandlers({ users, sessions, throttle, audit }: SignInParts, resets: PasswordResetStore): PasswordHandlers {
  return {
    changePassword: async ({ body, staff, session, req, res }) => {
      const user = await users.get(staff.id);
      await confirmPassword(users, throttle, user, body.currentPassword, '#/body/currentPassword', req, res);
      await users.setPasswordHash(user.id, await hashPassword(body.newPassword));
      // Whoever else held a session (the reason for a change, often) is signed out; this browser stays signed in.
      await sessions.revokeAllOf(user.id, session?.id);
      await audit.append({ action: 'password-changed', actorId: user.id, targetType: 'user', targetId: user.id, address: req.ip ?? null });
    },

    issuePasswordReset: async ({ params, staff, req }) => {
      const issued = await resets.issue(params.id, staff.id);
      await audit.append({ action: 'password-reset-issued', actorId: staff.id, targetType: 'user', targetId: params.id, address: req.ip ?? null });
      return issued;
    },

    resetPassword: async ({ body, req }) => {
      const user = await resets.redeem(body.token, body.newPassword);
      // Redeeming ends sessions kept in the database itself; these may be kept in Redis, and must end there too.
      await sessions.revokeAllOf(user.id);
      // A person locked out by wrong guesses, who asked an admin for a reset, can sign in with the new password at once.
      await throttle.clear(throttleKeysOf(user.email, req)[0]);
      await audit.append({ action: 'password-reset', actorId: user.id, targetType: 'user', targetId: user.id, address: req.ip ?? null });
    },
  };
}
