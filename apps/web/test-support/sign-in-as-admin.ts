import { type KrainaClient, createClient } from '@kraina/core';
import { demoAdmin } from './start-demo-api.js';


/**
 * A core client signed in to the demo API as its admin, over HTTP as the admin app would be: the session cookie the
 * sign-in sets goes with each request, and the session's CSRF token with each change.
 */
export async function signInAsAdmin(apiUrl: string): Promise<KrainaClient> {
  let cookie: string | undefined;
  const signedIn: { csrfToken?: string } = {};
  const withCookie: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie !== undefined) headers.set('cookie', cookie);
    const response = await fetch(input, { ...init, headers });
    const set = response.headers.getSetCookie().find((line) => line.startsWith('kraina_session='));
    if (set !== undefined) cookie = set.split(';')[0];
    return response;
  };
  const client = createClient({ baseUrl: apiUrl, fetch: withCookie, csrfToken: () => signedIn.csrfToken });
  signedIn.csrfToken = (await client.signIn({ body: demoAdmin })).csrfToken;
  return client;
}
