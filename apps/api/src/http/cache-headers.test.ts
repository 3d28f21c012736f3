import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { defaultCachePolicy, forbidCachingByDefault, publicCacheControl } from './cache-headers.js';

describe('cache headers', () => {
  it('lets caches keep a public read for a minute and serve it stale for five while refreshing', () => {
    expect(publicCacheControl(defaultCachePolicy)).toBe('public, max-age=60, stale-while-revalidate=300, stale-if-error=86400');
    expect(publicCacheControl({ maxAgeSeconds: 5, staleWhileRevalidateSeconds: 0, staleIfErrorSeconds: 0 })).toBe('public, max-age=5, stale-while-revalidate=0');
  });

  it('marks an answer no-store unless its route says otherwise', async () => {
    const app = express();
    app.use(forbidCachingByDefault);
    app.get('/plain', (_req, res) => {
      res.send('x');
    });
    app.get('/public', (_req, res) => {
      res.set('Cache-Control', publicCacheControl(defaultCachePolicy)).send('x');
    });
    expect((await request(app).get('/plain')).headers['cache-control']).toBe('no-store');
    expect((await request(app).get('/public')).headers['cache-control']).toContain('public');
  });
});
