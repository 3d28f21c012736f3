import { Redis } from 'ioredis';
import request from 'supertest';
import { expect, it } from 'vitest';
import { createApp } from '../app.js';
import { connectAuthRedis } from '../auth/auth-redis.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { describeEachDatabase, createTestDatabase } from '../db/test-databases.js';
import { describeWithRedis, testRedisUrl } from '../test-redis.js';

describeEachDatabase('GET /api/ready', (dialect) => {
  it('answers 200 when the database answers and is fully migrated, never cached', async () => {
    const { database, drop } = await createTestDatabase(dialect);
    try {
      const res = await request(createApp(loadConfig({}), { database })).get('/api/ready');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ready', checks: { database: 'ok' } });
      expect(res.headers['cache-control']).toBe('no-store');
    } finally {
      await drop();
    }
  });

  it('answers 503 with Retry-After once the database is gone, and says so without secrets', async () => {
    const { database, drop } = await createTestDatabase(dialect);
    const app = createApp(loadConfig({}), { database });
    await drop();
    const res = await request(app).get('/api/ready');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect((res.body as { checks: { database: string } }).checks.database).toMatch(/^unreachable: /);
    expect(JSON.stringify(res.body)).not.toMatch(/password/i);
  });
});

it('answers 503 naming the pending migrations for a database this build has not migrated', async () => {
  const database = openDatabase(':memory:');
  try {
    const app = createApp(loadConfig({}), { database });
    await migrate(database);
    await database.db.deleteFrom('kysely_migration' as never).where('name' as never, '=', '0002-read-indexes' as never).execute();
    const res = await request(app).get('/api/ready');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'unavailable', checks: { database: 'not migrated: 0002-read-indexes pending' } });
  } finally {
    await database.close();
  }
});

describeWithRedis('GET /api/ready with sessions in Redis', () => {
  it('answers 200 with Redis reported when it answers, and 503 naming Redis when it does not', async () => {
    const { database, drop } = await createTestDatabase('sqlite');
    const reachable = new Redis(testRedisUrl);
    const unreachable = connectAuthRedis(loadConfig({ REDIS_URL: 'redis://127.0.0.1:1' }));
    try {
      await reachable.ping();
      const ready = await request(createApp(loadConfig({}), { database, authRedis: reachable })).get('/api/ready');
      expect(ready.status).toBe(200);
      expect(ready.body).toEqual({ status: 'ready', checks: { database: 'ok', redis: 'ok' } });
      const down = await request(createApp(loadConfig({}), { database, ...(unreachable ? { authRedis: unreachable } : {}) })).get('/api/ready');
      expect(down.status).toBe(503);
      expect(down.headers['retry-after']).toBe('5');
      expect((down.body as { checks: { database: string; redis: string } }).checks).toMatchObject({ database: 'ok', redis: expect.stringMatching(/^unreachable: /) as unknown });
    } finally {
      reachable.disconnect();
      unreachable?.disconnect();
      await drop();
    }
  });
});
