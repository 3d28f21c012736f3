import { randomUUID } from 'node:crypto';
import type { Problem } from '@kraina/core';
import { Redis } from 'ioredis';
import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createTestDatabase } from '../db/test-databases.js';
import type { Database } from '../db/database.js';
import { describeWithRedis, testRedisUrl } from '../test-redis.js';
import { connectAuthRedis } from './auth-redis.js';
import { signInAs } from './test-staff.js';

// What only the Redis store has to prove: its keys stay under the prefix and expire with their sessions, ending a
// session leaves nothing behind, and a Redis that cannot be reached turns staff requests into 503s, not sign-outs,
// while public reads go on. The behaviour both stores share is in the auth suites, run against each.

describeWithRedis('staff sessions in Redis', () => {
  const prefix = `kraina-test:${randomUUID()}:`;
  const config = loadConfig({ REDIS_KEY_PREFIX: prefix, SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '2' });
  let redis: Redis;
  let database: Database;
  let drop: () => Promise<void>;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    redis = new Redis(testRedisUrl);
    ({ database, drop } = await createTestDatabase('sqlite'));
    app = createApp(config, { database, authRedis: redis });
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await drop();
  });

  const keysNow = async () => (await redis.keys(`${prefix}*`)).sort();

  it('keeps a session under the prefix, without its secret, in keys that expire by the end of its idle lifetime', async () => {
    const editor = await signInAs(app, database, 'editor');
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.map((key) => key.slice(prefix.length).replace(/:.*/, '')).sort()).toEqual(['session', 'session-id', 'user-sessions']);
    const secret = editor.cookie.split('=')[1] as string;
    for (const key of keys) {
      expect(key).not.toContain(secret);
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      // The user's list lives as long as its newest session can (2 hours); the session itself, 30 minutes unused.
      expect(ttl).toBeLessThanOrEqual(key.includes('user-sessions') ? 2 * 3_600_000 : 30 * 60_000);
    }
    expect(JSON.stringify(await redis.hgetall(keys.find((key) => key.includes(':session:')) ?? ''))).not.toContain(secret);
    expect(await database.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });

  it('leaves nothing of a session behind once it is signed out', async () => {
    const before = await keysNow();
    const author = await signInAs(app, database, 'author');
    expect((await keysNow()).length).toBe(before.length + 3);
    const out = await request(app).post('/api/v1/auth/sign-out').set('Cookie', author.cookie).set('X-CSRF-Token', author.csrfToken);
    expect(out.status).toBe(204);
    // The user's now empty list goes too: Redis drops a sorted set with no members.
    expect(await keysNow()).toEqual(before);
  });

  it('answers staff requests 503 with Retry-After while Redis cannot be reached, keeps public reads going even with a staff cookie, and honours the session again after', async () => {
    const editor = await signInAs(app, database, 'editor');
    const unreachable = connectAuthRedis(loadConfig({ REDIS_URL: 'redis://127.0.0.1:1' }));
    const cutOff = createApp(config, { database, ...(unreachable ? { authRedis: unreachable } : {}) });
    try {
      const staffRead = await request(cutOff).get('/api/v1/auth/session').set('Cookie', editor.cookie);
      expect(staffRead.status).toBe(503);
      expect(staffRead.type).toBe('application/problem+json');
      expect((staffRead.body as Problem).code).toBe('unavailable');
      expect(Number(staffRead.headers['retry-after'])).toBeGreaterThan(0);
      expect(staffRead.headers['set-cookie']).toBeUndefined(); // not signed out: the cookie is kept for when Redis is back
      expect((await request(cutOff).get('/api/v1/sections')).status).toBe(200);
      // A reader's page with a staff cookie still shows: it is read as a reader's, published content only.
      expect((await request(cutOff).get('/api/v1/sections').set('Cookie', editor.cookie)).status).toBe(200);
      expect((await request(cutOff).get('/api/v1/editorial/articles').set('Cookie', editor.cookie)).status).toBe(503);
    } finally {
      unreachable?.disconnect();
    }
    expect((await request(app).get('/api/v1/auth/session').set('Cookie', editor.cookie)).status).toBe(200);
  });
});
