import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, createResponseCache, matchesETag } from './response-cache.js';

// The cache in front of a tiny app that counts how often it is asked, so every test can tell a hit from a miss.
describe('the response cache', () => {
  let clock = 0;
  const cache = createResponseCache({ maxBytes: 64 * 1024, ttlMs: 10_000, now: () => clock });
  let answered = 0;
  let version = 'one';
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (cache.serve(req, res)) return;
      answered += 1;
      const body = req.url === '/big' ? 'x'.repeat(20_000) : req.url === '/long' ? `${version} `.repeat(400) : `{"version":"${version}"}`;
      res.setHeader('ETag', `W/"${version}"`);
      res.setHeader('Cache-Control', req.url === '/private' ? 'private, no-store' : 'public, max-age=60');
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('X-Request-Id', 'from-the-app');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.statusCode = req.url === '/missing' ? 404 : 200;
      res.end(body);
      cache.keep(req, res, body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function timesAsked(path: string, init?: RequestInit): Promise<{ asked: number; response: Response; body: string }> {
    const before = answered;
    const response = await fetch(`${base}${path}`, init);
    const body = await response.text();
    return { asked: answered - before, response, body };
  }

  it('answers a repeated read from memory, with the same headers but a request id of its own', async () => {
    const first = await timesAsked('/a');
    const second = await timesAsked('/a', { headers: { 'X-Request-Id': 'caller-42' } });
    expect([first.asked, second.asked]).toEqual([1, 0]);
    expect(second.body).toBe(first.body);
    for (const header of ['etag', 'cache-control', 'content-type', 'x-content-type-options']) {
      expect(second.response.headers.get(header)).toBe(first.response.headers.get(header));
    }
    expect(second.response.headers.get('x-request-id')).toBe('caller-42');
    expect((await timesAsked('/a')).response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 304 from memory when the tag still matches, and HEAD without a body', async () => {
    await timesAsked('/b');
    const revalidated = await timesAsked('/b', { headers: { 'If-None-Match': 'W/"one"' } });
    expect([revalidated.asked, revalidated.response.status, revalidated.body]).toEqual([0, 304, '']);
    const head = await timesAsked('/b', { method: 'HEAD' });
    expect([head.asked, head.response.status, head.body]).toEqual([0, 200, '']);
  });

  it('compresses a large body once per encoding, as the caller accepts', async () => {
    const plain = await timesAsked('/long', { headers: { 'Accept-Encoding': 'identity' } });
    for (const encoding of ['br', 'gzip']) {
      const compressed = await timesAsked('/long', { headers: { 'Accept-Encoding': encoding } });
      expect(compressed.asked).toBe(0);
      expect(compressed.response.headers.get('content-encoding')).toBe(encoding);
      expect(compressed.response.headers.get('vary')).toBe('Accept-Encoding');
      expect(compressed.body).toBe(plain.body); // fetch decodes it
    }
  });

  it('keeps one copy per language and per origin, never a private answer, an error or a credentialed request', async () => {
    await timesAsked('/c');
    expect((await timesAsked('/c', { headers: { 'Accept-Language': 'be' } })).asked).toBe(1);
    expect((await timesAsked('/c', { headers: { Origin: 'https://admin.example' } })).asked).toBe(1);
    expect((await timesAsked('/c', { headers: { Authorization: 'Bearer token' } })).asked).toBe(1);
    expect((await timesAsked('/c', { headers: { Cookie: 'session=1' } })).asked).toBe(1);
    expect((await timesAsked('/c', { headers: { 'Cache-Control': 'no-cache' } })).asked).toBe(0); // see serve()
    for (const path of ['/private', '/missing']) {
      await timesAsked(path);
      expect((await timesAsked(path)).asked).toBe(1);
    }
  });

  it('forgets everything when the content changes, and an answer made during the change is not kept', async () => {
    await timesAsked('/d');
    version = 'two';
    cache.invalidate();
    expect(JSON.parse((await timesAsked('/d')).body)).toEqual({ version: 'two' });
    expect((await timesAsked('/d')).asked).toBe(0);

    // The app read old content, then a write committed before it answered: its answer must not be kept.
    const request = { method: 'GET', url: '/raced', headers: {} } as Parameters<typeof cache.serve>[0];
    const response = { statusCode: 200, getHeader: (name: string) => ({ etag: 'W/"old"', 'cache-control': 'public' })[name], getHeaders: () => ({}) };
    expect(cache.serve(request, response as unknown as Parameters<typeof cache.serve>[1])).toBe(false);
    cache.invalidate();
    cache.keep(request, response as unknown as Parameters<typeof cache.keep>[1], '{"stale":true}');
    expect(cache.stats().entries).toBe(0);
  });

  it('asks again once an answer is older than its lifetime', async () => {
    await timesAsked('/e');
    clock += 9_999;
    expect((await timesAsked('/e')).asked).toBe(0);
    clock += 1;
    expect((await timesAsked('/e')).asked).toBe(1);
  });

  it('stays within its size, dropping the least recently used answers first', async () => {
    cache.invalidate();
    await timesAsked('/keep-me');
    for (let i = 0; i < 6; i += 1) {
      await timesAsked(`/big?${i}`.replace('/big?', '/big?n='));
      await timesAsked('/keep-me');
    }
    expect(cache.stats().bytes).toBeLessThanOrEqual(64 * 1024);
    expect((await timesAsked('/keep-me')).asked).toBe(0);
  });
});

// The same cache in front of an app whose database can be switched off: it answers 503 unless the cache still
// holds the read, however old, within the stale-if-error window.
describe('the response cache while the database is away', () => {
  let clock = 0;
  let databaseUp = true;
  const cache = createResponseCache({ maxBytes: 64 * 1024, ttlMs: 10_000, staleIfErrorMs: 60_000, now: () => clock });
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (cache.serve(req, res)) return;
      if (!databaseUp) {
        if (cache.serveStale(req, res)) return;
        res.writeHead(503, { 'Retry-After': '5' }).end();
        return;
      }
      const body = '{"read":true}';
      res.setHeader('ETag', 'W/"1"');
      res.setHeader('Cache-Control', 'public, max-age=60');
      res.setHeader('Content-Type', 'application/json');
      res.end(body);
      cache.keep(req, res, body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers a read kept before the outage, past its lifetime, marked stale with its age', async () => {
    databaseUp = true;
    expect((await fetch(`${base}/kept`)).status).toBe(200);
    clock += 25_000;
    databaseUp = false;
    const stale = await fetch(`${base}/kept`);
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe('{"read":true}');
    expect(stale.headers.get('age')).toBe('25');
    expect(stale.headers.get('warning')).toBe('111 - "Revalidation Failed"');
    expect(stale.headers.get('cache-control')).toBe('public, max-age=0, stale-if-error=45');
    expect((await fetch(`${base}/never-kept`)).status).toBe(503);
  });

  it('serves nothing stale once the window has passed, or once the content has changed', async () => {
    databaseUp = true;
    await fetch(`${base}/old`);
    await fetch(`${base}/changed`);
    clock += 69_999;
    databaseUp = false;
    expect((await fetch(`${base}/old`)).status).toBe(200);
    clock += 1;
    expect((await fetch(`${base}/old`)).status).toBe(503);

    databaseUp = true;
    await fetch(`${base}/changed`);
    cache.invalidate(); // a takedown, say: what was read before it must not come back in an outage
    databaseUp = false;
    expect((await fetch(`${base}/changed`)).status).toBe(503);
  });
});

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.9', 'gzip'],
    ['*', 'br'],
    ['identity', 'identity'],
    [undefined, 'identity'],
  ])('%s gives %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('matchesETag', () => {
  it('compares weakly and reads lists and *', () => {
    expect(matchesETag('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesETag('W/"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesETag('*', 'W/"abc"')).toBe(true);
    expect(matchesETag('W/"abd"', 'W/"abc"')).toBe(false);
    expect(matchesETag(undefined, 'W/"abc"')).toBe(false);
  });
});
