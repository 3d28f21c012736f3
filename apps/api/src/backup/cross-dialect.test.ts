import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createTestDatabase, testDialects } from '../db/test-databases.js';
import { backupTestFolder, backupTo, exportChecksum, loadBackupTestPortal } from './backup-test-kit.js';
import { restoreBackup } from './restore-backup.js';

// A portal moves between engines by backup and restore: SQLite to PostgreSQL when it outgrows a file, and back.
describe.runIf(testDialects.length === 2)('a backup restored into the other engine', () => {
  const folder = backupTestFolder();
  const made: (() => Promise<void>)[] = [];
  let sqliteSource: Database;
  let checksum: string;

  async function emptyDatabase(dialect: 'sqlite' | 'postgres'): Promise<Database> {
    const test = await createTestDatabase(dialect);
    made.push(test.drop);
    return test.database;
  }

  beforeAll(async () => {
    sqliteSource = await emptyDatabase('sqlite');
    await loadBackupTestPortal(sqliteSource, join(folder, 'media'));
    checksum = await exportChecksum(sqliteSource);
  }, 240_000);
  afterAll(async () => {
    for (const drop of made) await drop();
  });

  it('carries a SQLite portal into PostgreSQL and back with the same export checksum, row for row', async () => {
    const fromSqlite = await backupTo(sqliteSource, folder, 'from-sqlite.jsonl');
    const postgres = await emptyDatabase('postgres');
    await restoreBackup(postgres, fromSqlite);
    expect(await exportChecksum(postgres)).toBe(checksum);

    const fromPostgres = await backupTo(postgres, folder, 'from-postgres.jsonl');
    const sqlite = await emptyDatabase('sqlite');
    await restoreBackup(sqlite, fromPostgres);
    expect(await exportChecksum(sqlite)).toBe(checksum);

    // Apart from the header naming the engine, both backups hold the same values in the same order, byte for byte.
    const body = (path: string) => readFileSync(path, 'utf8').split('\n').slice(1).join('\n');
    expect(body(fromPostgres)).toBe(body(fromSqlite));
  }, 120_000);
});
