// Test support, imported only by tests: a Redis and a PostgreSQL of the test's own, on free ports and in temporary
// folders, that it may stop and start at will; the shared services on the default ports are never touched.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './api-process.js';

/** A server process the test owns: where it listens, and how to stop and start it again on the same port and data. */
export interface OwnService {
  url: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops it for good and removes its files. */
  remove: () => Promise<void>;
}

// PostgreSQL refuses to run as root; CI runs as root, so the server runs as the system's postgres account there.
const isRoot = process.getuid?.() === 0;
const asPostgres = (command: string, args: string[]) => (isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] as const : [command, args] as const);

function postgresBinary(name: string): string {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort().reverse() : [];
  for (const version of versions) {
    const path = `/usr/lib/postgresql/${version}/bin/${name}`;
    if (existsSync(path)) return path;
  }
  return name; // on PATH, as on most other systems
}

/**
 * Why this machine cannot start its own Redis and PostgreSQL (their server programs are not installed), or undefined
 * when it can. Debian's `redis-server` and `postgresql` packages provide them; CI has both.
 */
export function ownServicesProblem(): string | undefined {
  const missing = [
    ['redis-server', ['--version']],
    [postgresBinary('initdb'), ['--version']],
    [postgresBinary('postgres'), ['--version']],
  ].flatMap(([command, args]) => {
    try {
      execFileSync(command as string, args as string[], { stdio: 'ignore' });
      return [];
    } catch {
      return [command as string];
    }
  });
  return missing.length === 0 ? undefined : `cannot run ${missing.join(', ')}`;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function until(check: () => Promise<boolean>, what: string, withinMs = 30_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A Redis of the test's own, without persistence. */
export async function startOwnRedis(): Promise<OwnService> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const { Redis } = await import('ioredis');
    await until(async () => {
      const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        probe.disconnect();
      }
    }, 'Redis');
  };
  const stop = async () => {
    child?.kill('SIGKILL');
    if (child) await exited(child);
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, stop, start, remove: stop };
}

/** A PostgreSQL cluster of the test's own, initialised in a temporary folder with the installed server binaries. */
export async function startOwnPostgres(): Promise<OwnService> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kraina-own-pg-'));
  const data = join(dir, 'data');
  if (isRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
  const [initCommand, initArgs] = asPostgres(postgresBinary('initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  execFileSync(initCommand, initArgs, { stdio: 'ignore' });
  let child: ChildProcess | undefined;
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const start = async () => {
    const [command, args] = asPostgres(postgresBinary('postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']);
    child = spawn(command, args, { stdio: 'ignore' });
    await until(async () => {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.query('select 1');
        return true;
      } catch {
        return false;
      } finally {
        await client.end().catch(() => undefined);
      }
    }, 'PostgreSQL');
  };
  // A fast shutdown: sessions are cut off, as when a server is restarted under load. pg_ctl, not a signal to the
  // child, since under runuser the child is runuser itself.
  const stop = async () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const [command, args] = asPostgres(postgresBinary('pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    execFileSync(command, args, { stdio: 'ignore' });
    await exited(child);
  };
  await start();
  return {
    url,
    stop,
    start,
    remove: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
