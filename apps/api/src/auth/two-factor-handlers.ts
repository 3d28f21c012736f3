import { AppError } from '@kraina/core';
import { actorOf } from '../audit/audit-log.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import type { SignInParts } from './auth-handlers.js';
import { confirmPassword, throttleKeysOf } from './staff-checks.js';
import { qrCodeSvg, totpUri } from './totp.js';

type TwoFactorHandlers = Pick<ContractHandlers, 'setupTwoFactor' | 'confirmTwoFactor' | 'disableTwoFactor' | 'getSecuritySettings' | 'updateSecuritySettings'>;

/** Setting up and turning off one's own two-factor sign-in, and the admins' rule that makes it mandatory. */
export function twoFactorHandlers({ users, twoFactor, settings, throttle, audit }: SignInParts): TwoFactorHandlers {
  return {
    setupTwoFactor: async ({ staff }) => {
      const user = await users.get(staff.id);
      const secret = await twoFactor.begin(user.id);
      const otpauthUri = totpUri(secret, user.email);
      return { otpauthUri, secret, qrCodeSvg: await qrCodeSvg(otpauthUri) };
    },

    confirmTwoFactor: async ({ body, staff, req }) => {
      const recoveryCodes = await twoFactor.confirm(staff.id, body.code);
      await audit.append({ action: 'two-factor-enabled', actorId: staff.id, targetType: 'user', targetId: staff.id, address: req.ip ?? null });
      return { recoveryCodes };
    },

    disableTwoFactor: async ({ body, staff, req, res }) => {
      const user = await users.get(staff.id);
      if (!user.twoFactorEnabled) throw new AppError('conflict', 'Two-factor sign-in is not on');
      if ((await settings.get()).twoFactorRequired) throw new AppError('forbidden', 'Two-factor sign-in is mandatory here; an admin can make it optional');
      await confirmPassword(users, throttle, user, body.password, '#/body/password', req, res);
      const check = await twoFactor.check(user.id, body);
      if (check === 'missing') throw new AppError('invalid-input', 'Enter a code from your authenticator app, or a recovery code', { issues: [{ pointer: '#/body/code', detail: 'Required' }] });
      if (check === 'wrong') {
        await throttle.recordFailure(throttleKeysOf(user.email, req));
        const pointer = body.code === undefined ? '#/body/recoveryCode' : '#/body/code';
        throw new AppError('invalid-input', 'The code is not right', { issues: [{ pointer, detail: 'Not right, expired or already used' }] });
      }
      await twoFactor.disable(user.id);
      await audit.append({ action: 'two-factor-disabled', actorId: staff.id, targetType: 'user', targetId: staff.id, address: req.ip ?? null });
    },

    getSecuritySettings: () => settings.get(),

    updateSecuritySettings: ({ body, staff, req }) => settings.set(body, actorOf(staff, req)),
  };
}
