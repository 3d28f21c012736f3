import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/database.js';
import { verifyPassword } from '../auth/password.js';
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

  it('creates an account with a password from stdin, or a random one shown once, and stores only hashes', async () => {
    const printed = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const fromStdin = ['create-user', '--email', 'Desk@Kraina.test', '--name', 'Desk', '--role', 'editor', '--password-stdin'];
    expect(await runCli(fromStdin, env, () => Promise.resolve('a password typed at the terminal\n'))).toBe(0);
    expect(await runCli(['create-user', '--email', 'tr@kraina.test', '--name', 'Tr', '--role', 'translator', '--locales', 'be,ru'], env)).toBe(0);
    const shown = /Password \(shown this once\): (\S+)/.exec(printed.mock.calls.flat().join('\n'))?.[1] ?? '';
    printed.mockRestore();
    const database = openDatabase(env.DATABASE_URL);
    const rows = await database.db.selectFrom('users').select(['email', 'role', 'locales_json', 'password_hash']).orderBy('email').execute();
    await database.close();
    expect(rows.map((r) => [r.email, r.role, r.locales_json])).toEqual([['desk@kraina.test', 'editor', '[]'], ['tr@kraina.test', 'translator', '["be","ru"]']]);
    expect(await verifyPassword('a password typed at the terminal', rows[0]?.password_hash)).toBe(true);
    expect(shown).toHaveLength(24);
    expect(await verifyPassword(shown, rows[1]?.password_hash)).toBe(true);
  });

  it('refuses an invalid account, naming the option', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runCli(['create-user', '--email', 'not-an-email', '--name', 'X', '--role', 'chief'], env)).toBe(1);
    expect(errors.mock.calls.join(' ')).toMatch(/--email[\s\S]*--role/);
    errors.mockRestore();
  });

  it('verifies the audit log, and exits 1 naming the entry once one is changed', async () => {
    // The demo's publishes were recorded when it was seeded above.
    const logs = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runCli(['audit-verify'], env)).toBe(0);
    expect(logs.mock.calls.join(' ')).toMatch(/verifies: \d+ entries, last hash [0-9a-f]{64}/);
    const database = openDatabase(env.DATABASE_URL);
    await database.db.updateTable('audit_log').set({ actor_id: null, details_json: '{"slug":"rewritten"}' }).where('seq', '=', 2).execute();
    await database.close();
    expect(await runCli(['audit-verify'], env)).toBe(1);
    expect(errors.mock.calls.join(' ')).toMatch(/broken at entry 2/);
    logs.mockRestore();
    errors.mockRestore();
  });

  it('answers an unknown command with the usage and exit code 2', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runCli(['frobnicate'], env)).toBe(2);
    errors.mockRestore();
  });
});
