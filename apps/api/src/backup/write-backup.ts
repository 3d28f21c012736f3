import { type Kysely, type RawBuilder, sql } from 'kysely';
import { version } from '../../package.json';
import type { Database } from '../db/database.js';
import type { Tables } from '../db/tables.js';
import { type BackupHeader, backupFormat, encodeValue } from './backup-format.js';
import { readSnapshot } from './read-snapshot.js';
import { type ColumnInfo, type TableInfo, copiedTables } from './table-catalog.js';

// `kraina backup`: every row of every copied table, table by table in primary-key order, read inside one
// transaction so the file is one consistent moment of the database even while the API keeps writing.

const pageRows = 1000;

/** What a backup wrote: how many tables and rows. */
export interface BackupSummary {
  tables: number;
  rows: number;
}

/** The names of the migrations the database has run, in order; `db` may be a transaction over it. */
export async function appliedMigrationNames(database: Database, db: Kysely<Tables> = database.db): Promise<string[]> {
  const table = database.schema === undefined ? sql`kysely_migration` : sql`${sql.id(database.schema)}.kysely_migration`;
  const rows = await sql<{ name: string }>`select name from ${table} order by name`.execute(db);
  return rows.rows.map((row) => row.name);
}

// Text sorts byte by byte on both engines, whatever PostgreSQL's collation, so both list rows in the same order.
function orderable(database: Database, column: ColumnInfo): RawBuilder<unknown> {
  return database.dialect === 'postgres' && column.kind === 'text' && !column.readAsText ? sql`${sql.ref(column.name)} collate "C"` : sql`${sql.ref(column.name)}`;
}

function selected(database: Database, column: ColumnInfo): RawBuilder<unknown> {
  return column.readAsText ? sql`${sql.ref(column.name)}::text as ${sql.id(column.name)}` : sql.ref(column.name);
}

/** Reads a table's rows a page at a time, in primary-key order (by every column, for a table without a key). */
async function* rowsOf(db: Kysely<Tables>, database: Database, table: TableInfo): AsyncGenerator<Record<string, unknown>> {
  const columns = sql.join(table.columns.map((c) => selected(database, c)));
  const keyColumns = table.primaryKey.flatMap((name) => table.columns.find((c) => c.name === name) ?? []);
  const orderColumns = keyColumns.length > 0 ? keyColumns : table.columns;
  const orderBy = sql.join(orderColumns.map((c) => orderable(database, c)));
  if (keyColumns.length === 0) {
    // No key to resume after, so pages are counted off; such tables (the sign-in throttle's) are small.
    for (let offset = 0; ; offset += pageRows) {
      const page = await sql<Record<string, unknown>>`select ${columns} from ${sql.table(table.name)} order by ${orderBy} limit ${pageRows} offset ${offset}`.execute(db);
      yield* page.rows;
      if (page.rows.length < pageRows) return;
    }
  }
  let after: unknown[] | undefined;
  for (;;) {
    const where = after === undefined ? sql`` : sql`where (${orderBy}) > (${sql.join(after)})`;
    const page = await sql<Record<string, unknown>>`select ${columns} from ${sql.table(table.name)} ${where} order by ${orderBy} limit ${pageRows}`.execute(db);
    yield* page.rows;
    const last = page.rows.at(-1);
    if (page.rows.length < pageRows || last === undefined) return;
    after = keyColumns.map((c) => last[c.name]);
  }
}

/**
 * Writes a backup of the whole database as JSON Lines through `write`, and reports each table to `onProgress`.
 * The backup holds password hashes, two-factor secrets and session hashes: whoever writes it to a file keeps it private.
 */
export async function writeBackup(
  database: Database,
  write: (text: string) => Promise<void>,
  { now = new Date(), onProgress = () => undefined }: { now?: Date; onProgress?: (line: string) => void } = {},
): Promise<BackupSummary> {
  // Every read goes through the snapshot: SQLite has one connection, which the transaction holds until it ends.
  return readSnapshot(database, async (snapshot) => {
    const trx = snapshot.db;
    const header: BackupHeader = {
      kind: 'kraina-backup',
      format: backupFormat,
      krainaVersion: version,
      dialect: database.dialect,
      migrations: await appliedMigrationNames(database, trx).catch((error: unknown) => {
        throw new Error('The database has never been migrated, so it holds nothing of Kraina’s to back up', { cause: error });
      }),
      createdAt: now.toISOString(),
    };
    await write(`${JSON.stringify(header)}\n`);
    const tables = await copiedTables(snapshot);
    let total = 0;
    for (const table of tables) {
      const count = await sql<{ n: number }>`select count(*) as n from ${sql.table(table.name)}`.execute(trx);
      const rows = Number(count.rows[0]?.n ?? 0);
      const columns = Object.fromEntries(table.columns.map((c) => [c.name, c.kind]));
      await write(`${JSON.stringify({ table: table.name, columns, rows })}\n`);
      let written = 0;
      for await (const row of rowsOf(trx, database, table)) {
        const values = Object.fromEntries(table.columns.map((c) => [c.name, encodeValue(row[c.name], c)]));
        await write(`${JSON.stringify({ table: table.name, row: values })}\n`);
        written += 1;
      }
      // Inside one transaction the count cannot change; if it did, the file would lie about itself.
      if (written !== rows) throw new Error(`Table ${table.name} changed while it was backed up (${rows} rows counted, ${written} read)`);
      total += rows;
      onProgress(`  ${table.name}: ${rows} ${rows === 1 ? 'row' : 'rows'}`);
    }
    await write(`${JSON.stringify({ end: true, tables: tables.length, rows: total })}\n`);
    return { tables: tables.length, rows: total };
  });
}
