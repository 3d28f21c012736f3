import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess } from '@kraina/server-kit';

/** A running API and how to stop it. */
export interface RunningApi {
  url: string;
  /** Its DATABASE_URL, for a journey that runs the `kraina` command line beside it, as an operator would. */
  databaseUrl: string;
  stop: () => Promise<void>;
}

/** Which built API to start, and the first admin it creates, whom the journeys may sign in as. */
export interface DemoApiOptions {
  /** The path of the API's built `dist/server.js`; the caller names it, since no app imports another. */
  apiServer: string;
  admin: { email: string; password: string };
}

// The first start migrates and loads the demo portal with its drawn pictures: tens of seconds on a small machine, and
// minutes when turbo runs the api's own suites beside it on two cores (a CI run once took longer than two minutes).
const readyWithinMs = 600_000;

/**
 * Starts the real API from its build, as `npm start` runs it, on a free port over a new SQLite file with the demo
 * portal loaded: the apps' tests read and write content the way production does, over HTTP, with nothing mocked.
 */
export async function startDemoApi({ apiServer, admin }: DemoApiOptions): Promise<RunningApi> {
  if (!existsSync(apiServer)) throw new Error(`${apiServer} is missing: build the API first ("npm run build -w @kraina/api").`);
  const dir = await mkdtemp(join(tmpdir(), 'kraina-demo-api-'));
  const databaseUrl = `file:${join(dir, 'kraina.db')}`;
  try {
    const api = await startServerProcess({
      name: 'demo api',
      entry: apiServer,
      cwd: dir,
      health: '/api/health',
      readyWithinMs,
      env: {
        DATABASE_URL: databaseUrl,
        MEDIA_DIR: join(dir, 'media'),
        KRAINA_DEMO: 'on',
        VALIDATE_RESPONSES: 'true',
        LOG_LEVEL: 'warn',
        KRAINA_ADMIN_EMAIL: admin.email,
        KRAINA_ADMIN_PASSWORD: admin.password,
      },
    });
    return {
      url: api.url,
      databaseUrl,
      stop: async () => {
        await api.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
