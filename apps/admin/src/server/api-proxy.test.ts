import { mkdtempSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { loadConfig } from './config.js';

function builtClient(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kraina-admin-proxy-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><title>Kraina editorial</title><div id="root"></div>');
  return dir;
}

// A stand-in API that says what it received, so each test can see what crossed the proxy.
function echo(req: IncomingMessage, res: ServerResponse): void {
  if (req.url === '/api/v1/slow') return; // never answers
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json', 'set-cookie': 'kraina_session=abc; HttpOnly; Path=/' });
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }));
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the /api proxy of the admin server', () => {
  const upstream = createServer(echo);
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    const apiUrl = await listen(upstream);
    app = createApp(loadConfig({ CLIENT_DIR: builtClient(), API_URL: apiUrl, API_TIMEOUT_MS: '300' }));
  });
  afterAll(async () => {
    upstream.closeAllConnections();
    await new Promise((resolve) => upstream.close(resolve));
  });

  it('forwards the media library’s files to the API, which serves them, but keeps the /media screen its own', async () => {
    const file = await request(app).get('/media/2026/stage-640.webp');
    expect((file.body as { url: string }).url).toBe('/media/2026/stage-640.webp');
    const screen = await request(app).get('/media?item=1').set('Accept', 'text/html');
    expect(screen.text).toContain('<div id="root">');
  });

  it('forwards the method, path, query, body, cookie and CSRF token, and passes the answer back as it came', async () => {
    const res = await request(app)
      .post('/api/v1/articles?draft=1')
      .set('Cookie', 'kraina_session=old')
      .set('X-CSRF-Token', 'token-1')
      .set('Content-Type', 'application/json')
      .send({ headline: 'Зіма прыйшла' });
    expect(res.status).toBe(201);
    expect(res.headers['set-cookie']).toEqual(['kraina_session=abc; HttpOnly; Path=/']);
    const seen = res.body as { method: string; url: string; headers: Record<string, string>; body: string };
    expect(seen).toMatchObject({ method: 'POST', url: '/api/v1/articles?draft=1', body: '{"headline":"Зіма прыйшла"}' });
    expect(seen.headers).toMatchObject({ cookie: 'kraina_session=old', 'x-csrf-token': 'token-1' });
    expect(seen.headers['x-forwarded-host']).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('does not add the app page’s security headers to the API’s answers', async () => {
    const res = await request(app).get('/api/v1/session');
    expect(res.headers['content-security-policy']).toBeUndefined();
  });

  it('leaves other addresses to the app', async () => {
    const res = await request(app).get('/apiary').set('Accept', 'text/html');
    expect(res.text).toContain('<div id="root">');
  });

  it('answers 502 in problem+json when the API stays silent past the timeout', async () => {
    const res = await request(app).get('/api/v1/slow');
    expect(res.status).toBe(502);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toMatchObject({ code: 'unavailable', status: 502 });
  });

  it('answers 502 in problem+json when nothing listens at the API address', async () => {
    const closed = createServer();
    const deadUrl = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const orphan = createApp(loadConfig({ CLIENT_DIR: builtClient(), API_URL: deadUrl }));
    const res = await request(orphan).get('/api/v1/auth/session');
    expect(res.status).toBe(502);
    expect(res.body).toMatchObject({ code: 'unavailable' });
  });
});

describe('the admin server’s API settings', () => {
  it('refuses an API address that is not http(s), naming the setting', () => {
    expect(() => loadConfig({ API_URL: 'ftp://api.example' })).toThrow(/API_URL/);
  });
});
