import { type Transaction, sql } from 'kysely';
import type { Database } from '../db/database.js';
import { knownMigrations, pendingMigrations } from '../db/migrate.js';
import type { Tables } from '../db/tables.js';
import { type BackupValue, type RowLine, decodeValue } from './backup-format.js';
import { readLines } from './line-files.js';
import { rebuildDerived } from './rebuild-derived.js';
import { RestoreRefusedError } from './restore-errors.js';
import { type TableSection, readBackupHeader, scanBackup } from './scan-backup.js';
import { type ForeignKey, type TableInfo, copiedTables } from './table-catalog.js';
import { appliedMigrationNames } from './write-backup.js';

// `kraina restore`: a backup into an empty database migrated by this build. Refusals come first and change
// nothing; then every line is checked; then all rows go in inside one transaction, parents before the rows that
// name them, and what the backup left out (occurrences, search index, sequences) is rebuilt before it commits.

/** What a restore wrote: how many tables and rows. */
export interface RestoreSummary {
  tables: number;
  rows: number;
}

type Row = Record<string, BackupValue>;

// SQLite binds at most 32,766 parameters to a statement and PostgreSQL 65,535: rows per INSERT stay under both.
const boundParameters = 30_000;

async function refuseUnlessReady(database: Database, backupMigrations: readonly string[], tables: readonly TableInfo[]): Promise<string[]> {
  const newer = backupMigrations.filter((name) => !knownMigrations.includes(name));
  if (newer.length > 0) {
    throw new RestoreRefusedError(`the backup was made by a newer Kraina (its database had run ${newer.join(', ')}); restore it with that version or later`);
  }
  const pending = await pendingMigrations(database).catch(() => knownMigrations);
  if (pending.length > 0) throw new RestoreRefusedError(`this database has not run ${pending.join(', ')}; migrate it first`);
  const holding: string[] = [];
  for (const table of tables) {
    const any = await sql`select 1 as found from ${sql.table(table.name)} limit 1`.execute(database.db);
    if (any.rows.length > 0) holding.push(table.name);
  }
  if (holding.length > 0) throw new RestoreRefusedError(`this database already holds rows (in ${holding.join(', ')}); restore goes into an empty database only`);
  // Migrations this build has and the backup had not: their new columns take their defaults, as on migrating.
  const applied = await appliedMigrationNames(database);
  return applied.filter((name) => !backupMigrations.includes(name));
}

// Every line was checked by the scan, and the file is read again only within the sections it found.
const rowOf = (text: string): Row => (JSON.parse(text) as RowLine).row;

async function readSection(path: string, section: TableSection): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const line of readLines(path, { start: section.start, end: section.end, firstNumber: section.firstRow })) {
    rows.push(rowOf(line.text));
  }
  return rows;
}

/** A table whose rows name rows of the same table (a section's parent): parents go in before their children. */
function parentsFirst(rows: readonly Row[], keys: readonly ForeignKey[]): Row[] {
  const keyOf = (row: Row, columns: readonly string[]) => (columns.some((c) => row[c] === null) ? undefined : JSON.stringify(columns.map((c) => row[c])));
  const present = keys.map((fk) => new Set(rows.flatMap((row) => keyOf(row, fk.references) ?? [])));
  const placed = keys.map(() => new Set<string>());
  const ordered: Row[] = [];
  let waiting = [...rows];
  while (waiting.length > 0) {
    const ready = (row: Row) =>
      keys.every((fk, i) => {
        const parent = keyOf(row, fk.columns);
        return parent === undefined || parent === keyOf(row, fk.references) || placed[i]?.has(parent) === true || present[i]?.has(parent) !== true;
      });
    const next = waiting.filter(ready);
    // A loop of rows naming each other cannot be ordered; insert them as they are and let the database say so.
    const taken = new Set(next.length > 0 ? next : waiting);
    for (const row of taken) {
      ordered.push(row);
      keys.forEach((fk, i) => {
        const own = keyOf(row, fk.references);
        if (own !== undefined) placed[i]?.add(own);
      });
    }
    waiting = waiting.filter((row) => !taken.has(row));
  }
  return ordered;
}

async function insertRows(trx: Transaction<Tables>, database: Database, table: TableInfo, columns: readonly string[], rows: readonly Row[]): Promise<void> {
  const kinds = columns.map((name) => table.columns.find((c) => c.name === name)?.kind ?? 'text');
  const perStatement = Math.max(1, Math.min(1000, Math.floor(boundParameters / Math.max(1, columns.length))));
  const names = sql.join(columns.map((name) => sql.ref(name)));
  const overriding = table.alwaysIdentity ? sql`overriding system value` : sql``;
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows.slice(start, start + perStatement).map((row) => sql`(${sql.join(columns.map((name, i) => decodeValue(row[name] ?? null, kinds[i] ?? 'text', database.dialect)))})`);
    await sql`insert into ${sql.table(table.name)} (${names}) ${overriding} values ${sql.join(values)}`.execute(trx);
  }
}

async function restoreTable(trx: Transaction<Tables>, database: Database, path: string, table: TableInfo, section: TableSection): Promise<void> {
  const columns = Object.keys(section.line.columns);
  const ownKeys = table.foreignKeys.filter((fk) => fk.table === table.name);
  if (ownKeys.length > 0) {
    // Such tables (the section tree) are small, and only whole can they be put in parents-first order.
    await insertRows(trx, database, table, columns, parentsFirst(await readSection(path, section), ownKeys));
    return;
  }
  let batch: Row[] = [];
  for await (const line of readLines(path, { start: section.start, end: section.end, firstNumber: section.firstRow })) {
    batch.push(rowOf(line.text));
    if (batch.length < 5000) continue;
    await insertRows(trx, database, table, columns, batch);
    batch = [];
  }
  await insertRows(trx, database, table, columns, batch);
}

/**
 * Restores the backup at `path` into `database`, which must be empty and migrated by this build; reports progress
 * to `onProgress`. Throws RestoreRefusedError or BackupFileError, having changed nothing, when it cannot.
 */
export async function restoreBackup(
  database: Database,
  path: string,
  { now = new Date(), onProgress = () => undefined }: { now?: Date; onProgress?: (line: string) => void } = {},
): Promise<RestoreSummary> {
  const header = await readBackupHeader(path);
  const tables = await copiedTables(database);
  const later = await refuseUnlessReady(database, header.migrations, tables);
  if (later.length > 0) onProgress(`The backup predates ${later.join(', ')}; the columns those add take their defaults.`);
  const scanned = await scanBackup(path, new Map(tables.map((t) => [t.name, t])));
  onProgress(`Restoring ${scanned.rows} rows of ${scanned.sections.size} tables, backed up from ${header.dialect} at ${header.createdAt} by Kraina ${header.krainaVersion}…`);
  await database.db.transaction().execute(async (trx) => {
    for (const table of tables) {
      const section = scanned.sections.get(table.name);
      if (!section) continue;
      await restoreTable(trx, database, path, table, section);
      onProgress(`  ${table.name}: ${section.line.rows} ${section.line.rows === 1 ? 'row' : 'rows'}`);
    }
    onProgress('Rebuilding event occurrences and the search index…');
    await rebuildDerived(trx, database.dialect, tables, now.toISOString());
  });
  return { tables: scanned.sections.size, rows: scanned.rows };
}
