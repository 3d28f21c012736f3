import { AppError, type SessionInfo, type User, permissionsOf } from '@kraina/core';
import type { AuditLog } from '../audit/audit-log.js';
import type { CallerSession, ContractHandlers } from '../contract/contract-handlers.js';
import type { UserStore } from '../user/user-store.js';
import { normaliseEmail } from '../user/user-store.js';
import { needsRehash, hashPassword, verifyPassword } from './password.js';
import { type CookieSettings, clearSessionCookie, sessionSecretOf, setSessionCookie } from './session-cookie.js';
import type { SessionStore } from './session-store.js';
import { type SignInThrottle, accountKey, addressKey } from './sign-in-throttle.js';

type AuthHandlers = Pick<ContractHandlers, 'signIn' | 'signOut' | 'getSession' | 'listMySessions' | 'revokeMySession'>;

// One message for every failed sign-in (unknown email, wrong password, disabled account), so a stranger learns
// nothing about which accounts exist.
const signInRefused = 'The email or password is not right';

function sessionInfo(user: User, session: CallerSession): SessionInfo {
  const principal = { kind: 'staff', id: user.id, name: user.name, role: user.role, locales: user.locales } as const;
  return { user, permissions: [...permissionsOf(principal)], csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}

/** Signing in and out, and a member of staff's own sessions. */
export function authHandlers(users: UserStore, sessions: SessionStore, throttle: SignInThrottle, cookie: CookieSettings, audit: AuditLog): AuthHandlers {
  return {
    signIn: async ({ body, req, res }) => {
      const keys = [accountKey(normaliseEmail(body.email)), addressKey(req.ip ?? 'unknown')];
      const wait = await throttle.retryAfter(keys);
      if (wait > 0) {
        res.set('Retry-After', String(wait));
        throw new AppError('rate-limited', 'Too many failed sign-ins; try again later');
      }
      const account = await users.findForSignIn(body.email);
      // The hash is checked even when there is no account, so an unknown email takes as long as a known one.
      const passwordMatches = await verifyPassword(body.password, account?.passwordHash);
      if (!account || !passwordMatches || account.user.disabled) {
        await throttle.recordFailure(keys);
        // The address and the email tried, never the password: enough to see an attack on one account or from one place.
        await audit.append({ action: 'sign-in-failed', actorId: account?.user.id ?? null, address: req.ip ?? null, details: { email: normaliseEmail(body.email) } });
        throw new AppError('unauthenticated', signInRefused);
      }
      await throttle.clear(keys[0] as string);
      if (account.passwordHash !== null && needsRehash(account.passwordHash)) await users.setPasswordHash(account.user.id, await hashPassword(body.password));
      // A new session every time, whatever cookie came in: a session an attacker planted never becomes a signed-in one.
      const previous = sessionSecretOf(req);
      if (previous !== undefined) await sessions.revokeBySecret(previous);
      const { secret, session } = await sessions.start(account.user.id, req.get('User-Agent'));
      setSessionCookie(req, res, secret, cookie);
      await audit.append({ action: 'sign-in', actorId: account.user.id, targetType: 'session', targetId: session.id, address: req.ip ?? null });
      return sessionInfo(account.user, session);
    },

    signOut: async ({ staff, session, req, res }) => {
      if (session !== undefined) await sessions.revoke(session.id, staff.id);
      clearSessionCookie(req, res, cookie);
    },

    getSession: async ({ staff, session }) => {
      // `self` is held by staff only, and staff come with a session.
      if (session === undefined) throw new AppError('forbidden', 'API tokens have no session');
      return sessionInfo(await users.get(staff.id), session);
    },

    listMySessions: async ({ staff, session }) => ({ items: await sessions.listOpen(staff.id, session?.id) }),

    revokeMySession: ({ params, staff }) => sessions.revoke(params.id, staff.id),
  };
}
