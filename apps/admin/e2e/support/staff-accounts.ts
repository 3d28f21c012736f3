import { type CreateUserInput, type UserRole, createClient } from '@kraina/core';
import type { Page } from 'playwright-core';
import { firstAdmin } from '../../test-support/start-demo-api.js';
import { totpCode } from './totp-code.js';

/** A member of staff the journeys sign in as. */
export interface StaffAccount {
  name: string;
  email: string;
  password: string;
  role: UserRole;
}

/** Signs an account in over HTTP, as a browser would, and gives a client that carries its cookie and CSRF token. */
export async function signedInClient(apiUrl: string, account: { email: string; password: string } = firstAdmin) {
  let cookie = '';
  const session: { csrfToken?: string } = {};
  const client = createClient({
    baseUrl: apiUrl,
    csrfToken: () => session.csrfToken,
    fetch: async (input, init) => {
      const response = await fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
      const set = response.headers.getSetCookie().find((c) => c.startsWith('kraina_session='));
      if (set) cookie = set.split(';')[0] ?? '';
      return response;
    },
  });
  session.csrfToken = (await client.signIn({ body: { email: account.email, password: account.password } })).csrfToken;
  return client;
}

/** Creates accounts through the API's own users route, each with a unique email so reruns never collide. */
export async function createStaff(apiUrl: string, wanted: readonly { name: string; role: UserRole }[]): Promise<StaffAccount[]> {
  const client = await signedInClient(apiUrl);
  const run = Date.now().toString(36);
  return Promise.all(
    wanted.map(async ({ name, role }, index) => {
      const input: CreateUserInput = { name, role, email: `${role}-${index}-${run}@kraina.test`, password: `journey password ${run} ${index}`, locales: role === 'translator' ? ['ru'] : [] };
      await client.createUser({ body: input });
      return { name, role, email: input.email, password: input.password };
    }),
  );
}

/** Signs in through the sign-in page and waits for the screen it returns to. */
export async function signInThroughPage(page: Page, account: Pick<StaffAccount, 'email' | 'password'>): Promise<void> {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** The session's CSRF token, read in the page as the app reads it, for calling the API directly as that user. */
export async function callApiAsPage(page: Page, path: string, body: unknown): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ path: target, body: payload }) => {
      const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
      const response = await fetch(`/api/v1${target}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify(payload),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { path, body },
  );
}

/**
 * Turns two-factor sign-in on for an account through its own API routes, acting as the authenticator app, and
 * gives back the secret. The confirming code is the previous 30-second step's, so the current step's code is still
 * unused for the sign-in that follows (the API refuses a code used twice).
 */
export async function enableTwoFactor(apiUrl: string, account: StaffAccount): Promise<string> {
  const client = await signedInClient(apiUrl, account);
  const { secret } = await client.setupTwoFactor();
  await client.confirmTwoFactor({ body: { code: totpCode(secret, new Date(Date.now() - 30_000)) } });
  return secret;
}
