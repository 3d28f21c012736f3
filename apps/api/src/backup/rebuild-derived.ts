import { type Transaction, sql } from 'kysely';
import type { Dialect } from '../db/database.js';
import type { Tables } from '../db/tables.js';
import { storeEveryEventsOccurrences } from '../event/occurrence-rows.js';
import { rebuildSearchVectors } from '../search/search-index.js';
import type { TableInfo } from './table-catalog.js';

// What a backup leaves out because it follows from what it holds: each event's stored occurrences, the full-text
// index over the search documents, and where PostgreSQL's sequences stand. Rebuilt inside the restore's transaction.

/** SQLite: every FTS5 index over a content table reads that table again ('rebuild' is FTS5's own command). */
async function rebuildSqliteSearch(trx: Transaction<Tables>): Promise<void> {
  const indexes = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'table' and sql like 'create virtual table%using fts5%'`.execute(trx);
  for (const index of indexes.rows) {
    if (/content\s*=\s*''/i.test(index.sql)) continue; // a contentless index keeps no text to rebuild from
    await sql`insert into ${sql.table(index.name)} (${sql.ref(index.name)}) values ('rebuild')`.execute(trx);
  }
}

/** PostgreSQL: a sequence moved past the restored values, so the next row it numbers takes a free value. */
async function advanceSequences(trx: Transaction<Tables>, tables: readonly TableInfo[]): Promise<void> {
  for (const table of tables) {
    for (const column of table.sequenceColumns) {
      await sql`select setval(pg_get_serial_sequence(quote_ident(${table.name}), ${column}), max(${sql.ref(column)}))
        from ${sql.table(table.name)} having max(${sql.ref(column)}) is not null`.execute(trx);
    }
  }
}

/** Rebuilds everything derived from the restored tables; `now` starts the occurrences' horizon. */
export async function rebuildDerived(trx: Transaction<Tables>, dialect: Dialect, tables: readonly TableInfo[], now: string): Promise<void> {
  await storeEveryEventsOccurrences(trx, now);
  if (dialect === 'sqlite') {
    await rebuildSqliteSearch(trx);
    return;
  }
  if (tables.some((t) => t.name === 'search_documents')) await rebuildSearchVectors(trx);
  await advanceSequences(trx, tables);
}
