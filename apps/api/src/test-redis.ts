// Test support: suites that need Redis talk to the real one on 127.0.0.1:6379 (or TEST_REDIS_URL). A laptop without
// Redis skips them, saying why; on CI a missing Redis is a failure, as a missing PostgreSQL is.
import { Redis } from 'ioredis';
import { describe } from 'vitest';

/** The Redis the tests use. */
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisProblem(): Promise<string | undefined> {
  const probe = new Redis(testRedisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2000 });
  let cause: string | undefined; // the socket's own error (ECONNREFUSED…) says more than the rejected connect
  probe.on('error', (error: Error) => (cause ??= error.message));
  try {
    await probe.connect();
    await probe.ping();
    return undefined;
  } catch (error) {
    return cause ?? (error instanceof Error ? error.message : String(error));
  } finally {
    probe.disconnect();
  }
}

/** Why Redis cannot be used by this run, or undefined when it can. */
export const testRedisProblem = await redisProblem();
if (testRedisProblem !== undefined) {
  const message = `Redis at ${testRedisUrl} is unreachable (${testRedisProblem})`;
  if (process.env.CI) throw new Error(`${message}; CI must run the Redis tests.`);
  console.warn(`${message}: skipping the Redis tests.`);
}

/** `describe` when Redis is reachable, `describe.skip` (with the warning above) when it is not. */
export const describeWithRedis = testRedisProblem === undefined ? describe : describe.skip;
