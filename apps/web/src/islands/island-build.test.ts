import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtIsland } from './island-manifest.js';
import { islandRoutes } from './island-routes.js';

// The real island build (vite.config.ts) into a scratch folder, then served as the site serves it.
const configFile = new URL('./vite.config.ts', import.meta.url).pathname;

/** Every file under a folder, as paths relative to it. */
const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));

describe('the island build', () => {
  let outDir = '';

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'kraina-islands-'));
    await build({ configFile, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('emits each island and its chunks as ES modules with content-hashed names, and a manifest', () => {
    const files = filesUnder(outDir);
    expect(files).toContain(join('.vite', 'manifest.json'));
    expect(files.filter((f) => f.endsWith('.js'))).toEqual(expect.arrayContaining([expect.stringMatching(/^place-map-[\w-]{8}\.js$/), expect.stringMatching(/^chunks\/mount-place-map-[\w-]{8}\.js$/)]));
    expect(files).toEqual(expect.arrayContaining([expect.stringMatching(/^assets\/place-map-[\w-]{8}\.css$/), expect.stringMatching(/^assets\/marker-icon-[\w-]{8}\.png$/)]));
  });

  it('lets pages name the hashed files through the manifest read at start, and serves them for a year, immutable', async () => {
    const app = express().use(islandRoutes(outDir));
    const island = builtIsland('place-map');
    expect(island?.script).toMatch(/^\/islands\/place-map-[\w-]{8}\.js$/);
    expect(island?.styles).toEqual([expect.stringMatching(/^\/islands\/assets\/place-map-[\w-]{8}\.css$/)]);
    const script = await request(app).get(island?.script ?? '');
    expect(script.status).toBe(200);
    expect(script.type).toBe('text/javascript');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // Leaflet is not in the entry: it loads as a chunk once a map is on the page.
    expect(script.text).toMatch(/import\(["'`][^"'`]*mount-place-map-[\w-]{8}\.js/);
    expect((await request(app).get('/islands/.vite/manifest.json')).status).toBe(404);
  });
});
