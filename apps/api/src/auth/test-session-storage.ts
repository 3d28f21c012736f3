// Test support, imported only by tests: the auth suites run once per place sessions and failed sign-ins are kept,
// the database (per dialect) and Redis, so the two stores are held to the same sentences.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe } from 'vitest';
import type { AppDependencies } from '../app.js';
import { testDialects } from '../db/test-databases.js';
import { testRedisProblem, testRedisUrl } from '../test-redis.js';

/** Where a suite's sessions and sign-in failures are kept. */
export type SessionStorage = 'database' | 'redis';

/**
 * Declares `suite` once per dialect with sessions in the database, and once with them in Redis over the last
 * dialect (PostgreSQL when it is reachable, as production runs many processes); the Redis run is skipped, as
 * test-redis.ts says why, when Redis is not reachable.
 */
export function describeEachSessionStorage(name: string, suite: (dialect: 'sqlite' | 'postgres', storage: SessionStorage) => void): void {
  for (const dialect of testDialects) describe(`${name} on ${dialect}`, () => suite(dialect, 'database'));
  const dialect = testDialects[testDialects.length - 1] ?? 'sqlite';
  (testRedisProblem === undefined ? describe : describe.skip)(`${name} on ${dialect} with sessions in Redis`, () => suite(dialect, 'redis'));
}

/**
 * The settings and dependencies `useTestApp` needs for a storage. In Redis, every key lives under a prefix of this
 * suite's own, removed after it, so runs sharing a Redis never see each other's sessions.
 */
export function useSessionStorage(storage: SessionStorage): { env: Record<string, string>; extra: Partial<AppDependencies>; redis?: Redis } {
  if (storage === 'database') return { env: {}, extra: {} };
  const prefix = `kraina-test:${randomUUID()}:`;
  // Connected by its first command, which a test runs only when Redis is reachable.
  const redis = new Redis(testRedisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });
  return { env: { REDIS_KEY_PREFIX: prefix }, extra: { authRedis: redis }, redis };
}
