import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { assignRequestId, requestIdOf } from './assign-request-id.js';

const app = express();
app.use(assignRequestId);
app.get('/id', (req, res) => {
  res.json({ id: requestIdOf(req) });
});

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('assignRequestId', () => {
  it('gives a request without an id a new UUID, echoed in the answer', async () => {
    const res = await request(app).get('/id');
    expect(res.headers['x-request-id']).toMatch(uuid);
    expect((res.body as { id: string }).id).toBe(res.headers['x-request-id']);
  });

  it('gives each request its own id', async () => {
    const [a, b] = await Promise.all([request(app).get('/id'), request(app).get('/id')]);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it('keeps a sane id a proxy sent', async () => {
    const res = await request(app).get('/id').set('X-Request-Id', 'lb-7f3a.2026:42');
    expect(res.headers['x-request-id']).toBe('lb-7f3a.2026:42');
    expect((res.body as { id: string }).id).toBe('lb-7f3a.2026:42');
  });

  it('replaces an id that is too long or carries markup', async () => {
    for (const odd of ['x'.repeat(129), '<script>', 'a b', '']) {
      const res = await request(app).get('/id').set('X-Request-Id', odd);
      expect(res.headers['x-request-id']).toMatch(uuid);
    }
  });
});
