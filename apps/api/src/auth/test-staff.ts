// Test support, imported only by tests: staff accounts that sign in for real, through the API's own routes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenScope, User, UserRole } from '@kraina/core';
import request from 'supertest';
import type { Database } from '../db/database.js';
import { createUserStore } from '../user/user-store.js';
import { createApiTokenStore } from './api-token-store.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** A password for test accounts: long enough for the schema, and never in any answer or log a test reads. */
export const testPassword = 'correct horse battery staple';

/** A signed-in member of staff: the cookie and CSRF token a browser would hold. */
export interface SignedIn {
  user: User;
  cookie: string;
  csrfToken: string;
}

/** Creates an account of a role (translators translate into Belarusian) and signs it in through the API. */
export async function signInAs(app: Listener, database: Database, role: UserRole, email = `${role}-${crypto.randomUUID()}@kraina.test`): Promise<SignedIn> {
  const user = await createUserStore(database).create({ email, name: `Test ${role}`, role, locales: role === 'translator' ? ['be'] : [], password: testPassword });
  const res = await request(app).post('/api/v1/auth/sign-in').send({ email, password: testPassword });
  if (res.status !== 200) throw new Error(`Signing in as ${role} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return { user, cookie: sessionCookieOf(res.headers['set-cookie']), csrfToken: (res.body as { csrfToken: string }).csrfToken };
}

/** The `name=value` of the session cookie a response sets. */
export function sessionCookieOf(setCookie: string | string[] | undefined): string {
  const cookies = typeof setCookie === 'string' ? [setCookie] : (setCookie ?? []);
  const cookie = cookies.find((c) => c.startsWith('kraina_session='));
  if (cookie === undefined) throw new Error('No session cookie was set');
  return cookie.split(';')[0] as string;
}

/** The app as a signed-in browser calls it: every request carries the session cookie and its CSRF token. */
export function asSignedIn(app: Listener, { cookie, csrfToken }: Pick<SignedIn, 'cookie' | 'csrfToken'>): Listener {
  return (req, res) => {
    req.headers.cookie = cookie;
    req.headers['x-csrf-token'] = csrfToken;
    app(req, res);
  };
}

/** An API token with the given scopes, created by a new admin, for `Authorization: Bearer`. */
export async function tokenWith(database: Database, scopes: readonly TokenScope[]): Promise<string> {
  const admin = await createUserStore(database).create({
    email: `token-owner-${crypto.randomUUID()}@kraina.test`,
    name: 'Token owner',
    role: 'admin',
    password: testPassword,
  });
  return (await createApiTokenStore(database).create({ name: 'test', scopes: [...scopes] }, admin.id)).secret;
}
