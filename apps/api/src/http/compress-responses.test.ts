import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { compressResponses } from './compress-responses.js';

const app = express();
app.use(compressResponses);
app.get('/big', (_req, res) => {
  res.json({ items: Array.from({ length: 200 }, (_, i) => ({ slug: `article-${i}`, headline: 'Minsk hosts a forum' })) });
});
app.get('/small', (_req, res) => {
  res.json({ ok: true });
});

// Raw bytes: the point is what goes over the wire, so nothing may decode it on the way.
const raw = (path: string, acceptEncoding: string) =>
  request(app)
    .get(path)
    .set('Accept-Encoding', acceptEncoding)
    .buffer(true)
    .parse((res, done) => {
      res.on('data', () => undefined);
      res.on('end', () => done(null, undefined));
    });

describe('compressResponses', () => {
  it('answers with brotli when the caller accepts it', async () => {
    const res = await raw('/big', 'gzip, deflate, br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toContain('Accept-Encoding');
  });

  it('answers with gzip when the caller accepts only gzip', async () => {
    const res = await raw('/big', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('leaves small answers and callers that accept no encoding alone', async () => {
    expect((await raw('/small', 'gzip, br')).headers['content-encoding']).toBeUndefined();
    expect((await raw('/big', 'identity')).headers['content-encoding']).toBeUndefined();
  });
});
