import { randomUUID } from 'node:crypto';
import type { Problem } from '@kraina/core';
import { Redis } from 'ioredis';
import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { createUserStore } from '../user/user-store.js';
import { connectAuthRedis } from './auth-redis.js';
import { createRedisThrottle } from './redis-throttle.js';
import { type SignInThrottle, accountKey, addressKey, createDatabaseThrottle } from './sign-in-throttle.js';
import { testPassword } from './test-staff.js';
import { describeWithRedis, testRedisProblem, testRedisUrl } from '../test-redis.js';

// Against the real Redis. Every key this run writes starts with its own prefix, removed afterwards, so runs
// sharing a Redis (a laptop's, CI's) never see each other's counts.

const prefix = `kraina-test:${randomUUID()}:`;
const problem = testRedisProblem;
const redisUrl = testRedisUrl;

let redis: Redis;
beforeAll(() => {
  if (problem === undefined) redis = new Redis(redisUrl);
});
afterAll(async () => {
  if (problem !== undefined) return;
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describeWithRedis('the Redis sign-in throttle', () => {
  /** The answers of one scenario of failures, waits and clears, so two throttles can be compared step by step. */
  async function walk(throttle: SignInThrottle, clock: { at: Date }): Promise<number[]> {
    const account = accountKey('walk@kraina.test');
    const address = addressKey('192.0.2.7');
    const answers: number[] = [];
    for (let failure = 1; failure <= 5; failure += 1) {
      await throttle.recordFailure([account, address]);
      answers.push(await throttle.retryAfter([account]));
      clock.at = new Date(clock.at.getTime() + 60_000);
    }
    await throttle.clear(account);
    answers.push(await throttle.retryAfter([account, address]));
    for (let failure = 1; failure <= 15; failure += 1) await throttle.recordFailure([accountKey(`other-${failure}@kraina.test`), address]);
    answers.push(await throttle.retryAfter([address]));
    clock.at = new Date(clock.at.getTime() + 11 * 60_000); // the first failures have left the window
    answers.push(await throttle.retryAfter([address]));
    return answers;
  }

  it('answers exactly as the database throttle does: 5 per account, 20 per address, in a sliding 15 minutes', async () => {
    const test = await createTestDatabase('sqlite');
    try {
      const start = new Date('2026-05-12T08:00:00Z');
      const inDatabase = { at: start };
      const inRedis = { at: start };
      const expected = await walk(createDatabaseThrottle(test.database, undefined, () => inDatabase.at), inDatabase);
      const answers = await walk(createRedisThrottle(redis, { prefix: `${prefix}walk:`, now: () => inRedis.at }), inRedis);
      expect(answers).toEqual(expected);
      expect(expected).toEqual([0, 0, 0, 0, 660, 0, 600, 0]);
    } finally {
      await test.drop();
    }
  });

  it('answers 503, not a crash or a free pass, when Redis cannot be reached', async () => {
    const test = await createTestDatabase('sqlite');
    const config = loadConfig({ REDIS_URL: 'redis://127.0.0.1:1', REDIS_KEY_PREFIX: prefix });
    const closed = connectAuthRedis(config);
    try {
      await createUserStore(test.database).create({ email: 'offline@kraina.test', name: 'Offline', role: 'editor', password: testPassword });
      const app = createApp(config, { database: test.database, ...(closed ? { authRedis: closed } : {}) });
      const res = await request(app).post('/api/v1/auth/sign-in').send({ email: 'offline@kraina.test', password: testPassword });
      expect(res.status).toBe(503);
      expect((res.body as Problem).code).toBe('unavailable');
    } finally {
      closed?.disconnect();
      await test.drop();
    }
  });
});

describeEachDatabase('two API processes sharing Redis', (dialect) => {
  let clock = new Date('2026-05-12T08:00:00Z');
  const instances: { database: Database; app: ReturnType<typeof createApp>; close: () => Promise<void> }[] = [];

  beforeAll(async () => {
    if (problem !== undefined) return;
    // Each with a database of its own, so only Redis can carry one's count to the other.
    const config = loadConfig({ REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `${prefix}${dialect}:` });
    for (let i = 0; i < 2; i += 1) {
      const test = await createTestDatabase(dialect);
      await createUserStore(test.database).create({ email: 'shared@kraina.test', name: 'Shared', role: 'editor', password: testPassword });
      const authRedis = connectAuthRedis(config);
      instances.push({
        database: test.database,
        app: createApp(config, { database: test.database, now: () => clock, ...(authRedis ? { authRedis } : {}) }),
        close: async () => {
          await authRedis?.quit();
          await test.drop();
        },
      });
    }
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
  });

  function signIn(instance: number, password: string) {
    const app = instances[instance]?.app;
    if (app === undefined) throw new Error(`No API process ${instance}`);
    return request(app).post('/api/v1/auth/sign-in').send({ email: 'shared@kraina.test', password });
  }

  it.skipIf(problem !== undefined)('counts failures on either together: 3 on one and 2 on the other throttle the account on both', async () => {
    for (const instance of [0, 0, 0, 1, 1]) expect((await signIn(instance, 'a wrong guess')).status).toBe(401);
    for (const instance of [0, 1]) {
      const throttled = await signIn(instance, testPassword);
      expect(throttled.status).toBe(429);
      expect(throttled.headers['retry-after']).toBe('900');
    }
    for (const { database } of instances) expect(await database.db.selectFrom('sign_in_failures').selectAll().execute()).toEqual([]);
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect((await signIn(1, testPassword)).status).toBe(200);
  });
});
