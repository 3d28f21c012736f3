import { pathToFileURL } from 'node:url';
import { type RunningServer, startBuiltServer } from '@kraina/browser-testing';

/**
 * Serves the built editorial app, forwarding `/api` to the journeys' API. `ADMIN_CLIENT_DIR` points it at a client
 * built elsewhere (`vite build --outDir …`), so a journey can run against one build while another is being written;
 * `ADMIN_SERVER_DIR` does the same for the server (`tsup --out-dir …`, in a folder whose node_modules resolve).
 */
export function startAdmin(apiUrl: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const clientDir = process.env.ADMIN_CLIENT_DIR;
  const serverDir = process.env.ADMIN_SERVER_DIR;
  return startBuiltServer({
    distDir: serverDir === undefined ? new URL('../../dist/server/', import.meta.url) : pathToFileURL(`${serverDir.replace(/\/+$/, '')}/`),
    workspace: '@kraina/admin',
    env: { API_URL: apiUrl, ...(clientDir === undefined ? {} : { CLIENT_DIR: clientDir }), ...env },
  });
}
