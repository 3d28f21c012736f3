import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePageScripts } from './script-weight.js';

// A small site over real HTTP: a page that loads an entry module and preloads a chunk, both importing a shared
// chunk; a dynamic import and a JSON-LD block that must not count; a classic inline script that must.
const files: Record<string, string> = {
  '/assets/entry.js': `import { shared } from './shared.js';\nimport './side-effect.js';\nconst lazy = () => import('./lazy.js');\nshared(lazy);\n`,
  '/assets/preloaded.js': `export { shared } from './shared.js';\nexport const map = 'leaflet-sized island';\n`,
  '/assets/shared.js': `export function shared(f) { return typeof f; }\n`,
  '/assets/side-effect.js': `document.documentElement.dataset.ready = 'yes';\n`,
  '/assets/lazy.js': `import './lazy-part.js';\nimport { shared } from './shared.js';\nexport default shared;\n`,
  '/assets/lazy-part.js': `export const map = 'tiles and markers';\n`,
  '/assets/bare.js': `import React from 'react';\nexport default React;\n`,
};
const inline = `document.documentElement.classList.add('js');`;
const pages: Record<string, string> = {
  '/article': `<!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>No island here.</p></body></html>`,
  '/map': `<!DOCTYPE html><html><head><link rel="modulepreload" href="/assets/preloaded.js"><script>${inline}</script></head><body><script type=module src="/assets/entry.js"></script></body></html>`,
  '/broken': `<!DOCTYPE html><html><body><script type="module" src="/assets/missing.js"></script></body></html>`,
  '/bare': `<!DOCTYPE html><html><body><script type="module" src="/assets/bare.js"></script></body></html>`,
};

const gz = (text: string) => gzipSync(text, { level: constants.Z_BEST_COMPRESSION }).byteLength;
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    const body = files[path] ?? pages[path];
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('measurePageScripts', () => {
  it('counts nothing on a page whose only script is JSON-LD', async () => {
    const measured = await measurePageScripts(`${url}/article`);
    expect(measured.scripts).toEqual([]);
    expect(measured.gzipBytes).toBe(0);
    expect(measured.onDemandGzipBytes).toBe(0);
  });

  it('follows static imports from scripts and preloads, counts a shared chunk once, and leaves dynamic imports out', async () => {
    const measured = await measurePageScripts(`${url}/map`);
    const loaded = ['/assets/entry.js', '/assets/preloaded.js', '/assets/shared.js', '/assets/side-effect.js'];
    expect(measured.scripts.map((s) => s.url).sort()).toEqual(['inline #1', ...loaded.map((path) => `${url}${path}`)].sort());
    const expected = gz(inline) + loaded.reduce((sum, path) => sum + gz(files[path] as string), 0);
    expect(measured.gzipBytes).toBe(expected);
  });

  it('weighs what a dynamic import fetches on demand apart, with its static imports, less what loaded already', async () => {
    const measured = await measurePageScripts(`${url}/map`);
    expect(measured.onDemand.map((s) => s.url)).toEqual([`${url}/assets/lazy.js`, `${url}/assets/lazy-part.js`]);
    expect(measured.onDemandGzipBytes).toBe(gz(files['/assets/lazy.js'] as string) + gz(files['/assets/lazy-part.js'] as string));
  });

  it('fails, naming the script, when a page loads one that does not answer', async () => {
    await expect(measurePageScripts(`${url}/broken`)).rejects.toThrow(/missing\.js answers 404/);
  });

  it('fails on a bare import specifier, which no browser can load without an import map', async () => {
    await expect(measurePageScripts(`${url}/bare`)).rejects.toThrow(/imports "react"/);
  });
});
