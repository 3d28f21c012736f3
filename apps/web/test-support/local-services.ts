import { Redis } from 'ioredis';
import pg from 'pg';
import { describe, it } from 'vitest';

// Test support: the PostgreSQL and Redis on their default local ports (or TEST_DATABASE_URL / TEST_REDIS_URL), which
// the scale-out tests run against for real. A laptop without them skips those tests, saying why; on CI a missing
// service is a failure, as it is for the API's suites.

/** Where the tests find PostgreSQL and Redis. */
export const localServices = {
  postgresUrl: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
} as const;

async function postgresProblem(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: localServices.postgresUrl, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL at ${localServices.postgresUrl}: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function redisProblem(): Promise<string | undefined> {
  const probe = new Redis(localServices.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2000 });
  let cause: string | undefined;
  probe.on('error', (error: Error) => (cause ??= error.message));
  try {
    await probe.connect();
    await probe.ping();
    return undefined;
  } catch (error) {
    return `Redis at ${localServices.redisUrl}: ${cause ?? (error instanceof Error ? error.message : String(error))}`;
  } finally {
    probe.disconnect();
  }
}

/** Declares `suite` when the services it needs answer; otherwise a failing test on CI, a named skip elsewhere. */
export async function describeWithServices(name: string, needs: readonly ('postgres' | 'redis')[], suite: () => void): Promise<void> {
  const problems = (await Promise.all(needs.map((need) => (need === 'postgres' ? postgresProblem() : redisProblem())))).filter((p) => p !== undefined);
  if (problems.length === 0) {
    describe(name, suite);
    return;
  }
  const why = problems.join('; ');
  if (process.env.CI) {
    describe(name, () => {
      it('has the services it needs', () => {
        throw new Error(`CI must run these tests, but ${why}`);
      });
    });
    return;
  }
  // Skipped only off CI, and only because a service is unreachable: the scale-out tests exist to run against the
  // real PostgreSQL and Redis, so a laptop without them says which is missing (in the name and on the console)
  // rather than failing `npm test` over a server it does not run. CI never takes this path.
  console.warn(`Skipping "${name}": ${why}.`);
  describe.skip(`${name} (skipped: ${why})`, suite);
}
