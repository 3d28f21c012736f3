import { type RunningServer, startBuiltServer } from '@kraina/browser-testing';

/**
 * Serves the built editorial app, forwarding `/api` to the journeys' API. `ADMIN_CLIENT_DIR` points it at a client
 * built elsewhere (`vite build --outDir …`), so a journey can run against one build while another is being written.
 */
export function startAdmin(apiUrl: string): Promise<RunningServer> {
  const clientDir = process.env.ADMIN_CLIENT_DIR;
  return startBuiltServer({
    distDir: new URL('../../dist/server/', import.meta.url),
    workspace: '@kraina/admin',
    env: { API_URL: apiUrl, ...(clientDir === undefined ? {} : { CLIENT_DIR: clientDir }) },
  });
}
