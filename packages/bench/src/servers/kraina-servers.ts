import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './repo-root.js';
import { type ServerProcess, freePort, startServerProcess } from '@kraina/server-kit';

// The api and the web are measured as they run in production: their built servers, each in its own process,
// talking over HTTP. Nothing here imports either app ("no app imports another", and a measuring tool is not an app
// to be imported by one), so a bundling mistake in an app shows up here as it would in production.

function builtEntry(workspace: string, path: string): string {
  const entry = join(repoRoot(), path);
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build first ("npm run build -w ${workspace}").`);
  return entry;
}

/** Where the api keeps its data and whether it loads the demo portal into it. */
export interface ApiData {
  /** An SQLite file, created and migrated at start if new; or give `databaseUrl` instead. */
  databaseFile?: string;
  /** Any DATABASE_URL the api takes, such as a PostgreSQL database for a cluster. */
  databaseUrl?: string;
  mediaDir: string;
  demo: boolean;
  /** More settings, such as REDIS_URL for several processes; they win over the defaults below. */
  env?: Record<string, string>;
}

/** Starts the built api over its database; the first start of a demo loads its portal, which takes minutes here. */
export function startApi({ databaseFile, databaseUrl, mediaDir, demo, env = {} }: ApiData): Promise<ServerProcess> {
  const database = databaseUrl ?? (databaseFile === undefined ? undefined : `file:${databaseFile}`);
  if (database === undefined) throw new Error('startApi needs a databaseFile or a databaseUrl');
  return startServerProcess({
    name: 'api',
    entry: builtEntry('@kraina/api', 'apps/api/dist/server.js'),
    cwd: repoRoot(),
    env: {
      DATABASE_URL: database,
      MEDIA_DIR: mediaDir,
      KRAINA_DEMO: demo ? 'on' : 'off',
      // A log line per request would be measured too; the scheduler would wake up in the middle of a measurement.
      LOG_LEVEL: 'silent',
      SCHEDULER_INTERVAL_SECONDS: '0',
      // Set so the api does not invent and print a password for a first admin nobody will use.
      KRAINA_ADMIN_EMAIL: 'admin@kraina.localhost',
      KRAINA_ADMIN_PASSWORD: 'bench-and-audit-never-sign-in-0',
      NODE_ENV: 'production',
      ...env,
    },
    health: '/api/health',
    readyWithinMs: 600_000,
  });
}

/**
 * Migrates a new database and loads the demo portal into it with the built command line (`kraina seed --demo`), as a
 * release step does before the api processes start: then none of them carries the memory of that load.
 */
export async function seedDemo(databaseUrl: string, mediaDir: string): Promise<void> {
  const kraina = builtEntry('@kraina/api', 'apps/api/dist/kraina.js');
  await promisify(execFile)(process.execPath, [kraina, 'seed', '--demo'], {
    cwd: repoRoot(),
    env: { ...process.env, DATABASE_URL: databaseUrl, MEDIA_DIR: mediaDir, LOG_LEVEL: 'warn' },
    maxBuffer: 16 * 2 ** 20,
  });
}

/**
 * Starts the built web reading `apiUrl`, with its public address set to where it listens, so canonical links and
 * hreflang point at the pages Lighthouse and the load generator actually fetch. `env` overrides the defaults.
 */
export async function startWeb(apiUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  return startServerProcess({
    name: 'web',
    entry: builtEntry('@kraina/web', 'apps/web/dist/server.js'),
    cwd: join(repoRoot(), 'apps/web'),
    // Production, as deployed: React's development build renders at well under its real speed.
    env: { API_URL: apiUrl, SITE_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: 'silent', NODE_ENV: 'production', ...env },
    health: '/health',
    readyWithinMs: 60_000,
    port,
  });
}
