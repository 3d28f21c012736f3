import { fileURLToPath } from 'node:url';
import { type RunningApi, startDemoApi } from '@kraina/browser-testing';

/** The first admin's sign-in, set on the API at start, from which the journeys create their editors and authors. */
export const firstAdmin = { email: 'admin@kraina.localhost', password: 'admin-journeys-password-0' } as const;

const apiServer = fileURLToPath(new URL('../../api/dist/server.js', import.meta.url));

/** The built API over a new SQLite file with the demo portal, which the editorial journeys sign in to and write through. */
export function startJourneyApi(): Promise<RunningApi> {
  return startDemoApi({ apiServer, admin: firstAdmin });
}
