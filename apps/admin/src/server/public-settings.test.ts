import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { loadConfig } from './config.js';

function builtClient(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kraina-admin-client-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><title>Kraina</title><div id="root"></div>');
  return dir;
}

describe('the settings the browser is given', () => {
  it('tells the client no tiles are configured, and lets images come only from the app itself', async () => {
    const app = createApp(loadConfig({ CLIENT_DIR: builtClient() }));
    const res = await request(app).get('/config.json');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ mapTiles: null, publicSiteUrl: null });
    expect(res.headers['content-security-policy']).toContain("img-src 'self' data:;");
  });

  it('hands the client the configured tiles and allows their host for images only', async () => {
    const tiles = 'https://{s}.tile.example.org/{z}/{x}/{y}.png';
    const app = createApp(loadConfig({ CLIENT_DIR: builtClient(), MAP_TILE_URL: tiles, MAP_TILE_ATTRIBUTION: '© Example' }));
    const res = await request(app).get('/config.json');
    expect(res.body).toEqual({ mapTiles: { urlTemplate: tiles, attribution: '© Example' }, publicSiteUrl: null });
    const policy = String(res.headers['content-security-policy']);
    expect(policy).toContain("img-src 'self' data: https://*.tile.example.org;");
    expect(policy).not.toMatch(/(script|connect|default)-src[^;]*tile\.example\.org/);
  });

  it('lets the library’s pictures come from the bucket MEDIA_URL names, and nothing else from there', async () => {
    const app = createApp(loadConfig({ CLIENT_DIR: builtClient(), MEDIA_URL: 'https://media.portal.example/kraina-media/' }));
    const policy = String((await request(app).get('/config.json')).headers['content-security-policy']);
    expect(policy).toContain("img-src 'self' data: https://media.portal.example;");
    expect(policy).not.toMatch(/(script|connect|default)-src[^;]*media\.portal\.example/);
    expect(() => loadConfig({ MEDIA_URL: 'ftp://media.portal.example' })).toThrow(/MEDIA_URL/);
  });

  it('tells the client where the public site is, for previews of drafts', async () => {
    const app = createApp(loadConfig({ CLIENT_DIR: builtClient(), PUBLIC_SITE_URL: 'https://portal.example' }));
    expect((await request(app).get('/config.json')).body).toMatchObject({ publicSiteUrl: 'https://portal.example' });
    expect(() => loadConfig({ PUBLIC_SITE_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_SITE_URL/);
  });

  it('refuses to start with a tile address that names no tile', () => {
    expect(() => loadConfig({ MAP_TILE_URL: 'https://tile.example.org/map.png' })).toThrow(/MAP_TILE_URL/);
  });
});
