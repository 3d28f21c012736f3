import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startBuiltServer } from './start-built-server.js';

// A dist/ folder shaped like the apps' bundles: config.js reads the settings it is given, app.js answers with one.
const distDir = mkdtempSync(join(tmpdir(), 'kraina-built-server-'));
writeFileSync(join(distDir, 'config.js'), `export const loadConfig = (env) => ({ greeting: env.GREETING ?? 'hello' });\n`);
writeFileSync(join(distDir, 'app.js'), `export const createApp = (config) => (_req, res) => res.end(config.greeting);\n`);
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

describe('startBuiltServer', () => {
  it('serves the built app, configured from the given settings, on a free loopback port until closed', async () => {
    const server = await startBuiltServer({
      distDir: pathToFileURL(`${distDir}/`),
      workspace: '@kraina/example',
      env: { GREETING: 'добры дзень' },
    });

    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(server.url)).text()).toBe('добры дзень');
    await server.close();
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it('says which workspace to build when the bundle is missing', async () => {
    const missing = pathToFileURL(join(distDir, 'no-such-dist/'));

    await expect(startBuiltServer({ distDir: missing, workspace: '@kraina/example' })).rejects.toThrow(
      'build first ("npm run build -w @kraina/example"; turbo\'s test task does)',
    );
  });
});
