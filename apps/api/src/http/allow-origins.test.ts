import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { allowOrigins } from './allow-origins.js';

const app = express();
app.use(allowOrigins(['http://localhost:3000/', 'http://localhost:3001']));
app.get('/thing', (_req, res) => {
  res.json({ ok: true });
});

describe('allowOrigins', () => {
  it('allows a configured origin with credentials, even when configured with a trailing slash', async () => {
    const res = await request(app).get('/thing').set('Origin', 'http://localhost:3000');
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(res.headers['access-control-expose-headers']).toContain('ETag');
    expect(res.headers.vary).toContain('Origin');
  });

  it('sends no CORS headers to an origin not configured, nor to one that only looks alike', async () => {
    for (const origin of ['https://evil.example', 'http://localhost:3001.evil.example', 'null']) {
      const res = await request(app).get('/thing').set('Origin', origin);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('leaves requests without an Origin, such as the web server’s, untouched', async () => {
    const res = await request(app).get('/thing');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a configured origin’s preflight with the methods and headers the API takes', async () => {
    const res = await request(app)
      .options('/thing')
      .set('Origin', 'http://localhost:3001')
      .set('Access-Control-Request-Method', 'PATCH');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-methods']).toContain('PATCH');
    expect(res.headers['access-control-allow-headers']).toContain('If-Match');
    expect(res.headers['access-control-max-age']).toBe('600');
  });

  it('refuses to start with an origin that is not a URL', () => {
    expect(() => allowOrigins(['localhost:3001 admin'])).toThrow();
  });
});
