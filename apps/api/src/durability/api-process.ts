// Test support, imported only by tests: the built API as its own process, started, killed and started again over
// the same database, as production runs it.
import { fileURLToPath } from 'node:url';
import { type ServerProcess, startServerProcess } from '@kraina/server-kit';

export { freePort } from '@kraina/server-kit';

const serverScript = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** A running API process. */
export type ApiProcess = ServerProcess;

/** Starts `dist/server.js` with `env` on `port` (again, after a kill) and resolves once it answers its health check. */
export function startApiProcess(port: number, env: Record<string, string>, readyWithinMs = 120_000): Promise<ApiProcess> {
  return startServerProcess({ name: 'api', entry: serverScript, env: { LOG_LEVEL: 'warn', ...env }, health: '/api/health', readyWithinMs, port });
}
