import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A running API and how to stop it. */
export interface RunningApi {
  url: string;
  stop: () => Promise<void>;
}

const apiServer = fileURLToPath(new URL('../../api/dist/server.js', import.meta.url));
// The first start migrates and loads the demo portal with its drawn pictures: tens of seconds on a small machine, and
// minutes when turbo runs the api's own suites beside it on two cores (a CI run once took longer than two minutes).
const readyWithinMs = 600_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

/**
 * Starts the real API from its build, as `npm start` runs it, on a free port over a new SQLite file with the demo
 * portal loaded: the site's tests read content the way production does, over HTTP, with nothing mocked.
 */
export async function startDemoApi(): Promise<RunningApi> {
  if (!existsSync(apiServer)) throw new Error(`${apiServer} is missing: build the API first ("npm run build -w @kraina/api").`);
  const dir = await mkdtemp(join(tmpdir(), 'kraina-web-api-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [apiServer], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dir, 'kraina.db')}`,
      MEDIA_DIR: join(dir, 'media'),
      KRAINA_DEMO: 'on',
      VALIDATE_RESPONSES: 'true',
      LOG_LEVEL: 'warn',
      KRAINA_ADMIN_EMAIL: 'admin@kraina.localhost',
      KRAINA_ADMIN_PASSWORD: 'web-tests-never-sign-in-0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + readyWithinMs;
  while (!(await isHealthy(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The API did not start:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stop };
}
