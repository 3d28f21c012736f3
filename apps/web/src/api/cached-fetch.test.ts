import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedFetch } from './cached-fetch.js';

// A real HTTP server that counts what reaches it, standing where the API stands.
let server: Server;
let origin = '';
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits += 1;
    if (req.url === '/missing') return res.writeHead(404, { 'content-type': 'application/problem+json' }).end('{"title":"no"}');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ hit: hits }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('cachedFetch', () => {
  it('answers a repeated read from memory until its time is up, by the clock it is given', async () => {
    let clock = 1_000;
    const read = cachedFetch(globalThis.fetch, { ttlMs: 30_000, now: () => clock });
    const before = hits;
    const first = (await (await read(`${origin}/a`)).json()) as { hit: number };
    const second = (await (await read(`${origin}/a`)).json()) as { hit: number };
    expect(second).toEqual(first);
    expect(hits - before).toBe(1);

    clock += 30_001;
    const third = (await (await read(`${origin}/a`)).json()) as { hit: number };
    expect(third.hit).toBeGreaterThan(first.hit);
  });

  it('lets readers of the same address at the same moment share one request', async () => {
    const read = cachedFetch(globalThis.fetch, { ttlMs: 30_000 });
    const before = hits;
    const answers = await Promise.all(Array.from({ length: 5 }, () => read(`${origin}/b`).then((r) => r.json())));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(hits - before).toBe(1);
  });

  it('does not keep a failure, so a story published a moment later is found on the next read', async () => {
    const read = cachedFetch(globalThis.fetch, { ttlMs: 30_000 });
    const before = hits;
    expect((await read(`${origin}/missing`)).status).toBe(404);
    expect((await read(`${origin}/missing`)).status).toBe(404);
    expect(hits - before).toBe(2);
  });
});
