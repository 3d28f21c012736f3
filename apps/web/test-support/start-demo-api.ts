import { fileURLToPath } from 'node:url';
import { type RunningApi, startDemoApi } from '@kraina/browser-testing';

/** The first admin of the site's demo API; tests that need staff (alerts, previews, redirects) sign in as them. */
export const demoAdmin = { email: 'admin@kraina.localhost', password: 'web-tests-never-sign-in-0' } as const;

const apiServer = fileURLToPath(new URL('../../api/dist/server.js', import.meta.url));

/** The built API over a new SQLite file with the demo portal, which the site's tests read from over HTTP. */
export function startSiteDemoApi(): Promise<RunningApi> {
  return startDemoApi({ apiServer, admin: demoAdmin });
}
