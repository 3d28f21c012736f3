import { createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { ProblemSchema } from '@kraina/core';
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateEditor, createContractTestApp } from './contract-test-app.js';

const { app } = createContractTestApp({ authenticate: authenticateEditor });
const pointersOf = (res: { body: unknown }) => (ProblemSchema.parse(res.body).errors ?? []).map((e) => e.pointer);

// Any byte string, percent-encoded: invalid UTF-8, NUL, `/` and `%` included.
const percentEncodedBytes = fc.uint8Array({ maxLength: 40 }).map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));

describe('requests no caller should send', () => {
  it('answers 400, not 500, for bad percent-encoding in a path parameter', async () => {
    for (const path of ['/api/v1/articles/%E0%A4%A', '/api/v1/articles/%', '/api/v1/sites/%zz']) {
      const res = await request(app).get(path);
      expect(res.status).toBe(400);
      expect(res.type).toBe('application/problem+json');
    }
  });

  it('answers below 500 for any bytes in a path segment or query value', async () => {
    await fc.assert(
      fc.asyncProperty(percentEncodedBytes, percentEncodedBytes, async (segment, value) => {
        const bySlug = await request(app).get(`/api/v1/articles/${segment}`);
        const filtered = await request(app).get(`/api/v1/articles?section=${value}&${value}=1`);
        expect(bySlug.status).toBeLessThan(500);
        expect(filtered.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });

  it('answers 422 for injection strings in every filter of every list', async () => {
    const injections = ["' OR 1=1--", '"; DROP TABLE articles; --', '<script>alert(1)</script>', '../../etc/passwd', '${jndi:ldap://x}'];
    const filters: Record<string, string[]> = {
      '/api/v1/articles': ['section', 'tag', 'locale', 'day', 'from', 'to', 'cursor', 'page', 'limit'],
      '/api/v1/events': ['from', 'to', 'category', 'region', 'eventStatus', 'locale', 'cursor', 'limit'],
      '/api/v1/sites': ['kind', 'region', 'locale', 'bbox', 'near', 'cursor', 'limit'],
      '/api/v1/search': ['type', 'locale', 'cursor', 'limit'],
    };
    for (const [path, names] of Object.entries(filters)) {
      for (const name of names) {
        for (const injection of injections) {
          const res = await request(app).get(path).query({ q: 'minsk', [name]: injection });
          expect(res.status, `${path}?${name}=${injection}`).toBe(422);
          expect(pointersOf(res)).toContain(`#/query/${name}`);
        }
      }
    }
  });

  it('answers 422 for a repeated parameter and for bracketed keys', async () => {
    expect((await request(app).get('/api/v1/articles?limit=1&limit=2')).status).toBe(422);
    const bracketed = await request(app).get('/api/v1/articles?section[$ne]=x');
    expect(bracketed.status).toBe(422);
    expect(pointersOf(bracketed)).toEqual(['#/query/section[$ne]']);
  });

  it('refuses a __proto__ key in a body without touching any prototype', async () => {
    const res = await request(app)
      .post('/api/v1/sections')
      .set('Content-Type', 'application/json')
      .send('{"slug":"business","name":{"en":"Business"},"__proto__":{"isAdmin":true}}');
    expect(res.status).toBe(422);
    expect(ProblemSchema.parse(res.body).errors).toEqual([{ pointer: '#/body/__proto__', detail: 'Unknown field' }]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('answers 4xx for rich text nested ten thousand levels deep', async () => {
    // Built as text: the test's own JSON encoder would overflow its stack on an object this deep.
    const depth = 10_000;
    const block = `${'{"type":"bulletList","content":[{"type":"listItem","content":['.repeat(depth)}{"type":"paragraph"}${']}]}'.repeat(depth)}`;
    const text = `{"headline":"Deep","body":{"type":"doc","content":[${block}]}}`;
    const res = await request(app)
      .post('/api/v1/articles')
      .set('Content-Type', 'application/json')
      .send(`{"slug":"deep","section":"business","translations":{"en":${text}}}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('answers 400 for a body that claims gzip but is not, and 415 for an unknown encoding', async () => {
    const gzip = await request(app).post('/api/v1/sections').set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('{"slug":"x"}');
    expect(gzip.status).toBe(400);
    const unknown = await request(app).post('/api/v1/sections').set('Content-Type', 'application/json').set('Content-Encoding', 'lzma').send('{}');
    expect(unknown.status).toBe(415);
  });

  it('reads any Accept-Language without failing', async () => {
    for (const header of [';;;,q=abc,*', 'en;q=NaN', '*', 'x'.repeat(4000), 'ru;q=-1, be;q=2']) {
      expect((await request(app).get('/api/v1/sections').set('Accept-Language', header)).status).toBe(200);
    }
  });
});

describe('requests that break HTTP itself', () => {
  const server = createServer(app);
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // Written on a bare socket: HTTP clients refuse to send most of these.
  const statusOfRaw = (head: string) =>
    new Promise<number>((resolve, reject) => {
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1', () => socket.end(head));
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
      socket.on('error', reject);
      socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    });

  it('answers 4xx to methods nobody should use', async () => {
    for (const method of ['PROPFIND', 'PURGE', 'TRACE', 'SEARCH', 'FOO', 'G\u00c9T']) {
      const status = await statusOfRaw(`${method} /api/v1/articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(status, method).toBeGreaterThanOrEqual(400);
      expect(status, method).toBeLessThan(500);
    }
  });

  it('answers 431 to a giant header and to a giant address', async () => {
    expect(await statusOfRaw(`GET /api/v1/articles HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)).toBe(431);
    expect(await statusOfRaw(`GET /api/v1/articles?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`)).toBe(431);
  });

  it('answers 400 to a request line that is not HTTP', async () => {
    expect(await statusOfRaw('hello there\r\n\r\n')).toBe(400);
    expect(await statusOfRaw('GET /api/v1/articles HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n')).toBe(400);
  });

  it('answers 413 to a chunked body that grows past the limit', async () => {
    const chunk = 'a'.repeat(65_536);
    const chunks = Array.from({ length: 20 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');
    const head = 'POST /api/v1/sections HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n';
    expect(await statusOfRaw(`${head}${chunks}0\r\n\r\n`)).toBe(413);
  });
});
