import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupTestFolder } from './backup-test-kit.js';
import { readLines, writeFileWhole } from './line-files.js';

describe('JSON Lines files', () => {
  const folder = backupTestFolder();

  it('numbers lines and finds their byte offsets, so a second read can start at any of them', async () => {
    const path = join(folder, 'lines.jsonl');
    // Multi-byte letters, a Windows line end and no newline at the end of the file.
    writeFileSync(path, 'first\r\nМінск — сталіца\n{"x":1}');
    const lines = [];
    for await (const line of readLines(path)) lines.push(line);
    expect(lines.map((l) => [l.number, l.text])).toEqual([[1, 'first'], [2, 'Мінск — сталіца'], [3, '{"x":1}']]);
    const second = lines[1];
    if (!second) throw new Error('no second line');
    const again = [];
    for await (const line of readLines(path, { start: second.offset, end: second.next, firstNumber: second.number })) again.push(line);
    expect(again).toEqual([second]);
  });

  it('reads lines longer than a read chunk whole', async () => {
    const path = join(folder, 'long.jsonl');
    const long = 'ж'.repeat(100_000);
    writeFileSync(path, `${long}\nend\n`);
    const texts = [];
    for await (const line of readLines(path)) texts.push(line.text);
    expect(texts).toEqual([long, 'end']);
  });

  it('creates a private file with the mode asked for, and leaves an earlier file untouched when writing fails', async () => {
    const path = join(folder, 'private.jsonl');
    await writeFileWhole(path, 0o600, (write) => write('first version\n'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await expect(
      writeFileWhole(path, 0o600, async (write) => {
        await write('half of a second version');
        throw new Error('the database went away');
      }),
    ).rejects.toThrow('the database went away');
    expect(readFileSync(path, 'utf8')).toBe('first version\n');
    expect(readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
