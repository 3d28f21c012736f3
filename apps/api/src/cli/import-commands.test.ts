import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fixture } from '../import/import-test-kit.js';
import { runCli } from './kraina.js';

describe('kraina import, from the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kraina-import-'));
  const env = { DATABASE_URL: `file:${join(dir, 'kraina.db')}`, MEDIA_DIR: join(dir, 'media'), LOG_LEVEL: 'silent' };

  it('imports places, prints the summary, and exits 0; a re-import updates them', async () => {
    const printed = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runCli(['import', 'geojson', fixture('places.geojson'), '--region', 'minsk', '--publish'], env)).toBe(0);
    expect(await runCli(['import', 'geojson', fixture('places.geojson'), '--region', 'minsk'], env)).toBe(0);
    expect(printed.mock.calls.flat().join('\n')).toMatch(/2 created, 0 updated, 0 skipped[\s\S]*0 created, 2 updated, 0 skipped/);
    expect(errors.mock.calls.flat().join('\n')).toMatch(/Importing 2 records/);
    printed.mockRestore();
    errors.mockRestore();
  });

  it('answers a wrong import command line with the usage and exit code 2', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runCli(['import', 'csv', 'places.csv'], env)).toBe(2);
    expect(await runCli(['import', 'rss', fixture('news-rss.xml')], env)).toBe(2); // no --section
    expect(errors.mock.calls.flat().join('\n')).toMatch(/import rss <url-or-file> --section <slug>[\s\S]*needs --section/);
    errors.mockRestore();
  });
});
