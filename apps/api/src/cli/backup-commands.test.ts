import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupTestFolder } from '../backup/backup-test-kit.js';
import { runCli } from './kraina.js';

describe('kraina export, backup and restore, from the command line', () => {
  const dir = backupTestFolder();
  const envOf = (name: string) => ({ DATABASE_URL: `file:${join(dir, `${name}.db`)}`, MEDIA_DIR: join(dir, 'media'), LOG_LEVEL: 'silent' });
  const source = envOf('source');
  const backupFile = join(dir, 'portal.backup.jsonl');

  afterEach(() => {
    vi.restoreAllMocks();
  });

  function capture() {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    return { printed: () => log.mock.calls.flat().join('\n'), errors: () => error.mock.calls.flat().join('\n') };
  }

  it('backs a database up to a file only its owner can read, restores it elsewhere, and both export the same bytes', async () => {
    const io = capture();
    const account = ['create-user', '--email', 'desk@kraina.test', '--name', 'Desk', '--role', 'editor', '--password-stdin'];
    expect(await runCli(account, source, () => Promise.resolve('a password typed at the terminal\n'))).toBe(0);
    expect(await runCli(['export', '--out', join(dir, 'source.jsonl')], source)).toBe(0);
    expect(await runCli(['backup', backupFile], source)).toBe(0);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(backupFile, 'utf8')).toContain('"password_hash":"');

    const copy = envOf('copy');
    expect(await runCli(['restore', backupFile], copy)).toBe(0);
    expect(await runCli(['export', '--out', join(dir, 'copy.jsonl')], copy)).toBe(0);
    const exported = readFileSync(join(dir, 'source.jsonl'), 'utf8');
    expect(readFileSync(join(dir, 'copy.jsonl'), 'utf8')).toBe(exported);
    expect(exported).toMatch(/^\{"type":"user","data":\{[^\n]*"email":"desk@kraina.test"/m);
    expect(exported).not.toMatch(/password|secret/i);

    expect(io.printed()).toMatch(/Backed up \d+ rows of \d+ tables to .*readable by its owner only[\s\S]*Restored \d+ rows/);
    expect(io.errors()).toMatch(/Restoring \d+ rows[\s\S]*users: 1 row/);
  });

  it('exports to standard output, one record a line, with the counts on stderr', async () => {
    const io = capture();
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    expect(await runCli(['export'], source)).toBe(0);
    const records = written.join('').trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string });
    expect(records.map((r) => r.type)).toEqual(['user']);
    expect(io.errors()).toMatch(/Exported article: 0, .*, user: 1/);
  });

  it('refuses to restore into a database with content, or from a malformed file, exiting 1 with nothing restored', async () => {
    const io = capture();
    expect(await runCli(['restore', backupFile], source)).toBe(1);
    // Creating the account is audited, so its audit entry is content too.
    expect(io.errors()).toMatch(/already holds rows \(in audit_log, users\); restore goes into an empty database only; nothing was restored/);
    const lines = readFileSync(backupFile, 'utf8').split('\n');
    const malformed = join(dir, 'malformed.jsonl');
    writeFileSync(malformed, [lines[0], '{"table": "users", "columns":', ...lines.slice(2)].join('\n'));
    expect(await runCli(['restore', malformed], envOf('third'))).toBe(1);
    expect(io.errors()).toMatch(/malformed\.jsonl, line 2: not a line of JSON; nothing was restored/);
  });

  it('answers a wrong command line with the usage and exit code 2, and its help says the backup is private', async () => {
    const io = capture();
    expect(await runCli(['backup'], source)).toBe(2);
    expect(await runCli(['restore', 'a.jsonl', 'b.jsonl'], source)).toBe(2);
    expect(await runCli(['export', 'out.jsonl'], source)).toBe(2);
    expect(io.errors()).toMatch(/backup needs one file[\s\S]*export takes no arguments/);
    expect(await runCli(['help'], source)).toBe(0);
    expect(io.printed()).toMatch(/backup <file>[\s\S]*mode 0600[\s\S]*restore <file>/);
  });
});
