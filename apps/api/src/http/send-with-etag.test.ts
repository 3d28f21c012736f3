import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { entityTag, sendWithETag } from './send-with-etag.js';

function appSending(body: string) {
  const app = express();
  app.set('etag', false);
  app.get('/doc', (_req, res) => {
    sendWithETag(res, body, 'application/json');
  });
  app.get('/versioned', (_req, res) => {
    res.set('ETag', '"v4"');
    sendWithETag(res, body, 'application/json');
  });
  return app;
}

describe('entityTag', () => {
  it('is the same for the same bytes and differs for different ones', () => {
    expect(entityTag('{"a":1}')).toBe(entityTag(Buffer.from('{"a":1}')));
    expect(entityTag('{"a":1}')).not.toBe(entityTag('{"a":2}'));
  });

  it('is weak, since compression re-encodes the bytes', () => {
    expect(entityTag('x')).toMatch(/^W\/"[\w-]{27}"$/);
  });
});

describe('sendWithETag', () => {
  it('sends the body with its entity tag and content type', async () => {
    const res = await request(appSending('{"a":1}')).get('/doc');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json');
    expect(res.headers.etag).toBe(entityTag('{"a":1}'));
  });

  it('answers 304 with no body when If-None-Match names the tag, among others', async () => {
    const res = await request(appSending('{"a":1}'))
      .get('/doc')
      .set('If-None-Match', `W/"older", ${entityTag('{"a":1}')}`);
    expect(res.status).toBe(304);
    expect(res.text).toBe('');
  });

  it('answers 200 when the content changed since the caller’s copy', async () => {
    const res = await request(appSending('{"a":2}')).get('/doc').set('If-None-Match', entityTag('{"a":1}'));
    expect(res.status).toBe(200);
  });

  it('keeps an entity tag the route set itself', async () => {
    const res = await request(appSending('{}')).get('/versioned');
    expect(res.headers.etag).toBe('"v4"');
  });
});
