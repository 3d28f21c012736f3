import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/database.js';
import { runCli } from './kraina.js';

describe('the kraina command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kraina-cli-'));
  const env = { DATABASE_URL: `file:${join(dir, 'kraina.db')}`, MEDIA_DIR: join(dir, 'media'), LOG_LEVEL: 'silent' };

  it('migrates a new database, and a second run changes nothing', async () => {
    expect(await runCli(['migrate'], env)).toBe(0);
    expect(await runCli(['migrate'], env)).toBe(0);
  });

  it('seeds the demo into an empty database and refuses to seed twice', async () => {
    expect(await runCli(['seed'], env)).toBe(0);
    const database = openDatabase(env.DATABASE_URL);
    const row = await database.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await database.close();
    expect(Number(row.n)).toBeGreaterThanOrEqual(60);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runCli(['seed'], env)).toBe(1);
    expect(errors.mock.calls.join(' ')).toMatch(/already holds content/);
    errors.mockRestore();
  }, 120_000);

  it('answers an unknown command with the usage and exit code 2', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runCli(['frobnicate'], env)).toBe(2);
    errors.mockRestore();
  });
});
