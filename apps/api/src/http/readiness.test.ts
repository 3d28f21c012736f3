import request from 'supertest';
import { expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { describeEachDatabase, createTestDatabase } from '../db/test-databases.js';

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
