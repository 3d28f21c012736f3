import type { Authenticate } from '../contract/contract-handlers.js';
import type { ApiTokenStore } from './api-token-store.js';
import type { SecuritySettingsStore } from './security-settings-store.js';
import { sessionSecretOf } from './session-cookie.js';
import type { SessionStore } from './session-store.js';

/**
 * Identifies a request's caller: an `Authorization: Bearer` token when one is sent (it wins over a cookie, since a
 * browser never adds it by itself), else the session cookie. An unknown, revoked or expired credential is anonymous.
 * While two-factor sign-in is mandatory and the user has not set it up, the principal says so, and core's
 * `permissionsOf` then grants it `self` alone: every route's check narrows with it, and no handler needs to know.
 */
export function createAuthenticate(sessions: SessionStore, tokens: ApiTokenStore, settings: SecuritySettingsStore): Authenticate {
  return async (req) => {
    const authorization = req.get('Authorization');
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      const found = match?.[1] === undefined ? undefined : await tokens.resolve(match[1]);
      if (!found) return null;
      return { principal: { kind: 'token', id: found.createdBy, tokenId: found.token.id, name: found.token.name, scopes: found.token.scopes } };
    }
    const secret = sessionSecretOf(req);
    const found = secret === undefined ? undefined : await sessions.resolve(secret);
    if (!found) return null;
    const { user, session } = found;
    const twoFactorSetupRequired = await settings.requiresSetup(user);
    return { principal: { kind: 'staff', id: user.id, name: user.name, role: user.role, locales: user.locales, twoFactorSetupRequired }, session };
  };
}
