import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { createApp } from './app.js';
import { loadConfig } from './config.js';

// A stand-in for vite's output, so these tests need no client build.
function builtClient(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kraina-admin-client-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><title>Sign in</title><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js'), 'console.log("editorial app")');
  return dir;
}

const app = createApp(loadConfig({ CLIENT_DIR: builtClient() }));

describe('the admin server', () => {
  it('answers the health check with its name and version as JSON, never cached', async () => {
    const res = await request(app).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', service: 'admin', version });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('serves the app at / and has browsers revalidate it', async () => {
    const res = await request(app).get('/').set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<div id="root">');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves the app at a client-side address, so a bookmark or reload works', async () => {
    const res = await request(app).get('/articles/42/edit').set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<div id="root">');
  });

  it('serves hashed assets as cacheable for a year', async () => {
    const res = await request(app).get('/assets/index-Ab12Cd34.js');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/javascript');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404, not the app, for a missing file', async () => {
    const res = await request(app).get('/assets/index-gone.js');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('<div id="root">');
  });

  it('answers 404 to a method the app does not take', async () => {
    const res = await request(app).post('/articles').set('Accept', 'text/html');
    expect(res.status).toBe(404);
  });

  it('refuses to start without a built client, saying how to build it', () => {
    const empty = mkdtempSync(join(tmpdir(), 'kraina-admin-empty-'));
    expect(() => createApp(loadConfig({ CLIENT_DIR: empty }))).toThrow(/npm run build -w @kraina\/admin/);
  });
});
