import { type KrainaClient, createClient } from '@kraina/core';

/** The first admin the soak's api processes create, and the password it signs in with. */
export interface StaffCredentials {
  email: string;
  password: string;
}

/**
 * A client signed in with a staff session, carrying its cookie and CSRF token as a browser would. Requests of one
 * client alternate between the api processes, so every write also proves the session is shared between them.
 */
export async function sessionClient(baseUrls: readonly string[], credentials: StaffCredentials): Promise<KrainaClient> {
  let cookie = '';
  let turn = 0;
  const session: { csrfToken?: string } = {};
  const client = createClient({
    baseUrl: baseUrls[0] as string,
    csrfToken: () => session.csrfToken,
    fetch: async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const target = new URL(url.pathname + url.search, baseUrls[turn++ % baseUrls.length]);
      const response = await fetch(target, { ...init, headers: { ...(init?.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
      const set = response.headers.getSetCookie().find((c) => c.startsWith('kraina_session='));
      if (set) cookie = set.split(';')[0] ?? '';
      return response;
    },
  });
  session.csrfToken = (await client.signIn({ body: credentials })).csrfToken;
  return client;
}

/** A client with a scoped API token, the way an internal team's importer writes, spread over the processes alike. */
export function tokenClient(baseUrls: readonly string[], secret: string): KrainaClient {
  let turn = 0;
  return createClient({
    baseUrl: baseUrls[0] as string,
    token: secret,
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return fetch(new URL(url.pathname + url.search, baseUrls[turn++ % baseUrls.length]), init);
    },
  });
}
