import { mkdtempSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RecordedPagesServer, recordPages, serveRecordedPages } from './recorded-page.js';

// A stand-in for the web: a page with the kinds of headers the site sends, and a body with multi-byte text.
const body = '<!DOCTYPE html><html lang="be"><body><h1>Навіны, падзеі і мясціны</h1></body></html>';
let site: Server;
let siteUrl: string;
let copy: RecordedPagesServer;
const dir = mkdtempSync(join(tmpdir(), 'kraina-recorded-test-'));

beforeAll(async () => {
  site = createServer((req, res) => {
    res.writeHead(req.url === '/be/' ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'public, max-age=60, stale-while-revalidate=300',
      etag: 'W/"5a-abc"',
      'x-content-type-options': 'nosniff',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  copy = await serveRecordedPages(await recordPages(siteUrl, ['/be/', '/be/?page=2']), join(dir, 'pages.json'));
});
afterAll(async () => {
  await copy.stop();
  await new Promise((resolve) => site.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('the pre-rendered copy', () => {
  it('answers with the bytes, status and headers the site sent, in a process of its own', async () => {
    const [original, served] = await Promise.all([fetch(`${siteUrl}/be/`), fetch(`${copy.url}/be/`)]);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(await original.arrayBuffer()))).toBe(true);
    for (const name of ['content-type', 'cache-control', 'etag', 'x-content-type-options', 'content-length']) {
      expect(served.headers.get(name), name).toBe(original.headers.get(name));
    }
    expect(copy.pid).not.toBe(process.pid);
  });

  it('keeps the status of a page that was not found, and answers 404 for an address never recorded', async () => {
    expect((await fetch(`${copy.url}/be/?page=2`)).status).toBe(404);
    const unknown = await fetch(`${copy.url}/ru/`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe('Not recorded');
  });
});
