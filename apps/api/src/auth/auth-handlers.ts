import { AppError, type SessionInfo, type User, permissionsOf } from '@kraina/core';
import type { AuditLog } from '../audit/audit-log.js';
import type { CallerSession, ContractHandlers } from '../contract/contract-handlers.js';
import type { UserStore } from '../user/user-store.js';
import { normaliseEmail } from '../user/user-store.js';
import { needsRehash, hashPassword, verifyPassword } from './password.js';
import type { SecuritySettingsStore } from './security-settings-store.js';
import { type CookieSettings, clearSessionCookie, sessionSecretOf, setSessionCookie } from './session-cookie.js';
import type { SessionStore } from './session-store.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import { refuseWhileThrottled, throttleKeysOf } from './staff-checks.js';
import type { TwoFactorStore } from './two-factor-store.js';

type AuthHandlers = Pick<ContractHandlers, 'signIn' | 'signOut' | 'getSession' | 'listMySessions' | 'revokeMySession'>;

/** What signing in needs: the accounts, their sessions and second factors, the throttle, the rules and the log. */
export interface SignInParts {
  users: UserStore;
  sessions: SessionStore;
  twoFactor: TwoFactorStore;
  settings: SecuritySettingsStore;
  throttle: SignInThrottle;
  cookie: CookieSettings;
  audit: AuditLog;
}

// One message for every failed sign-in (unknown email, wrong password, disabled account), so a stranger learns
// nothing about which accounts exist.
const signInRefused = 'The email or password is not right';

/** What `getSession` and a sign-in answer: the user, what they may do now, and their CSRF token. */
export function sessionInfo(user: User, session: CallerSession, twoFactorSetupRequired: boolean): SessionInfo {
  const principal = { kind: 'staff', id: user.id, name: user.name, role: user.role, locales: user.locales, twoFactorSetupRequired } as const;
  return { user, permissions: [...permissionsOf(principal)], csrfToken: session.csrfToken, expiresAt: session.expiresAt, twoFactorSetupRequired };
}

/** Signing in and out, and a member of staff's own sessions. */
export function authHandlers({ users, sessions, twoFactor, settings, throttle, cookie, audit }: SignInParts): AuthHandlers {
  return {
    signIn: async ({ body, req, res }) => {
      const keys = throttleKeysOf(body.email, req);
      await refuseWhileThrottled(throttle, keys, res);
      const account = await users.findForSignIn(body.email);
      const refuse = async (message: string, pointer?: string) => {
        await throttle.recordFailure(keys);
        // The address and the email tried, never the password: enough to see an attack on one account or from one place.
        await audit.append({ action: 'sign-in-failed', actorId: account?.user.id ?? null, address: req.ip ?? null, details: { email: normaliseEmail(body.email) } });
        return new AppError('unauthenticated', message, pointer === undefined ? {} : { issues: [{ pointer, detail: 'Not right, expired or already used' }] });
      };
      // The hash is checked even when there is no account, so an unknown email takes as long as a known one.
      const passwordMatches = await verifyPassword(body.password, account?.passwordHash);
      if (!account || !passwordMatches || account.user.disabled) throw await refuse(signInRefused);
      if (account.user.twoFactorEnabled) {
        const check = await twoFactor.check(account.user.id, body);
        // Only someone who knows the password learns that a code is needed; asking for it is not a failure.
        if (check === 'missing') {
          throw new AppError('two-factor-required', 'Enter the 6-digit code from your authenticator app, or one of your recovery codes', {
            issues: [{ pointer: '#/body/code', detail: 'Required: two-factor sign-in is on for this account' }],
          });
        }
        if (check === 'wrong') throw await refuse('The code is not right', body.code === undefined ? '#/body/recoveryCode' : '#/body/code');
        // Worth a line of its own: a recovery code in use may mean a lost phone, or a stolen sheet of codes.
        if (check === 'recovery-code') await audit.append({ action: 'recovery-code-used', actorId: account.user.id, targetType: 'user', targetId: account.user.id, address: req.ip ?? null });
      }
      await throttle.clear(keys[0]);
      if (account.passwordHash !== null && needsRehash(account.passwordHash)) await users.setPasswordHash(account.user.id, await hashPassword(body.password));
      // A new session every time, whatever cookie came in: a session an attacker planted never becomes a signed-in one.
      const previous = sessionSecretOf(req);
      if (previous !== undefined) await sessions.revokeBySecret(previous);
      const { secret, session } = await sessions.start(account.user.id, req.get('User-Agent'));
      setSessionCookie(req, res, secret, cookie);
      await audit.append({ action: 'sign-in', actorId: account.user.id, targetType: 'session', targetId: session.id, address: req.ip ?? null });
      return sessionInfo(account.user, session, await settings.requiresSetup(account.user));
    },

    signOut: async ({ staff, session, req, res }) => {
      if (session !== undefined) await sessions.revoke(session.id, staff.id);
      clearSessionCookie(req, res, cookie);
    },

    getSession: async ({ staff, session }) => {
      // `self` is held by staff only, and staff come with a session.
      if (session === undefined || staff.kind !== 'staff') throw new AppError('forbidden', 'API tokens have no session');
      return sessionInfo(await users.get(staff.id), session, staff.twoFactorSetupRequired === true);
    },

    listMySessions: async ({ staff, session }) => ({ items: await sessions.listOpen(staff.id, session?.id) }),

    revokeMySession: ({ params, staff }) => sessions.revoke(params.id, staff.id),
  };
}
