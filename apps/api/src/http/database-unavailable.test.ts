import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';

// The API over a PostgreSQL nobody answers for, as during a restart or a failover: every request that needs the
// database is told to come back shortly (503 with Retry-After), never 500, and readiness says why.

describe('the API while its database cannot be reached', () => {
  const database = openDatabase('postgres://postgres@127.0.0.1:1/kraina', { poolSize: 2 });
  const app = createApp(loadConfig({}), { database });
  afterAll(() => database.close());

  it('answers reads and sign-ins 503 problem+json with Retry-After', async () => {
    for (const call of [request(app).get('/api/v1/articles'), request(app).post('/api/v1/auth/sign-in').send({ email: 'a@kraina.test', password: 'correct horse battery staple' })]) {
      const res = await call;
      expect(res.status).toBe(503);
      expect(res.type).toBe('application/problem+json');
      expect(res.body).toMatchObject({ code: 'unavailable' });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('is not ready, and says the database is unreachable', async () => {
    const res = await request(app).get('/api/ready');
    expect(res.status).toBe(503);
    expect(JSON.stringify(res.body)).toContain('unreachable');
  });
});
