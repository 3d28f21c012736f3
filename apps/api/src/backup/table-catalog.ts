import { sql } from 'kysely';
import type { Database } from '../db/database.js';

// What a backup copies, found in the database's own catalog rather than listed here, so a table a later migration
// adds is backed up and restored without anyone editing this code. Left out: each engine's internal tables, Kysely's
// migration bookkeeping, and data that restore rebuilds (full-text indexes, search vectors, stored occurrences).

/** How a column's values travel in a backup: the portable type both engines can store them as. */
export type ColumnKind = 'text' | 'integer' | 'real' | 'boolean' | 'blob';

/** A column as the backup reads and writes it. */
export interface ColumnInfo {
  name: string;
  kind: ColumnKind;
  /** PostgreSQL types with no JSON form of their own (timestamps, json, numeric…) are read as their text. */
  readAsText: boolean;
}

/** A foreign key: these columns hold values of those columns of `table`. */
export interface ForeignKey {
  columns: string[];
  table: string;
  references: string[];
}

/** One table a backup copies. */
export interface TableInfo {
  name: string;
  /** Stored columns only: generated and derived columns are rebuilt, never copied. */
  columns: ColumnInfo[];
  /** Empty for a table without one; its rows are then ordered by every column. */
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** PostgreSQL columns filled from a sequence, which must be moved past the restored values. */
  sequenceColumns: string[];
  /** PostgreSQL identity columns GENERATED ALWAYS, which take restored values only when told to. */
  alwaysIdentity: boolean;
}

/**
 * Tables whose rows are computed from others and rebuilt after a restore (see rebuild-derived.ts), so a backup has
 * no need of them: the stored occurrences of events, expanded from their sessions.
 */
export const derivedTables: readonly string[] = ['event_occurrences', 'event_occurrence_horizons'];

const bookkeepingTables = ['kysely_migration', 'kysely_migration_lock'];

function isCopied(name: string): boolean {
  return !name.startsWith('sqlite_') && !bookkeepingTables.includes(name) && !derivedTables.includes(name);
}

// SQLite's type affinity rules (https://www.sqlite.org/datatype3.html#determination_of_column_affinity), plus BOOL
// for a column declared boolean, which SQLite stores as 0 and 1.
function sqliteKind(declared: string): ColumnKind {
  const type = declared.toUpperCase();
  if (type.includes('INT')) return 'integer';
  if (type.includes('BOOL')) return 'boolean';
  if (type.includes('CHAR') || type.includes('CLOB') || type.includes('TEXT')) return 'text';
  if (type.includes('BLOB')) return 'blob';
  if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB')) return 'real';
  return 'text';
}

const postgresKinds: Record<string, ColumnKind> = {
  text: 'text',
  'character varying': 'text',
  character: 'text',
  smallint: 'integer',
  integer: 'integer',
  bigint: 'integer',
  real: 'real',
  'double precision': 'real',
  boolean: 'boolean',
  bytea: 'blob',
};

// A search vector is computed from its row's text with the locale's configuration; restore computes it again.
const derivedPostgresTypes = ['tsvector'];

interface SqliteColumnRow {
  name: string;
  type: string;
  pk: number;
  hidden: number;
}

interface SqliteForeignKeyRow {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string | null;
}

async function sqliteTables(database: Database): Promise<TableInfo[]> {
  const { db } = database;
  // `table_list` tells ordinary tables from virtual ones (FTS5) and their shadow tables, whatever their names.
  const listed = await sql<{ name: string }>`select name from pragma_table_list where schema = 'main' and type = 'table' order by name`.execute(db);
  const names = listed.rows.map((row) => row.name).filter(isCopied);
  const tables: TableInfo[] = [];
  for (const name of names) {
    const columns = (await sql<SqliteColumnRow>`select name, type, pk, hidden from pragma_table_xinfo(${name}) order by cid`.execute(db)).rows;
    const keys = (await sql<SqliteForeignKeyRow>`select id, seq, "table", "from", "to" from pragma_foreign_key_list(${name}) order by id, seq`.execute(db)).rows;
    const foreignKeys = new Map<number, ForeignKey>();
    for (const key of keys) {
      const fk = foreignKeys.get(key.id) ?? { columns: [], table: key.table, references: [] };
      fk.columns.push(key.from);
      if (key.to !== null) fk.references.push(key.to);
      foreignKeys.set(key.id, fk);
    }
    tables.push({
      name,
      // hidden 2 and 3 are generated columns (virtual and stored): computed by SQLite, never written.
      columns: columns.filter((c) => c.hidden === 0).map((c) => ({ name: c.name, kind: sqliteKind(c.type), readAsText: false })),
      primaryKey: columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
      foreignKeys: [...foreignKeys.values()],
      sequenceColumns: [],
      alwaysIdentity: false,
    });
  }
  // `references t` without a column means t's primary key.
  for (const table of tables) {
    for (const fk of table.foreignKeys) {
      if (fk.references.length === 0) fk.references = tables.find((t) => t.name === fk.table)?.primaryKey ?? [];
    }
  }
  return tables;
}

interface PostgresColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  is_generated: string;
  is_identity: string;
  identity_generation: string | null;
  column_default: string | null;
}

async function postgresTables(database: Database): Promise<TableInfo[]> {
  const { db } = database;
  const listed = await sql<{ table_name: string }>`select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const names = listed.rows.map((row) => row.table_name).filter(isCopied);
  const columns = (
    await sql<PostgresColumnRow>`select table_name, column_name, data_type, is_generated, is_identity, identity_generation, column_default
      from information_schema.columns where table_schema = current_schema() order by table_name, ordinal_position`.execute(db)
  ).rows;
  const primaryKeys = (
    await sql<{ table_name: string; column_name: string }>`select k.table_name, k.column_name
      from information_schema.table_constraints c
      join information_schema.key_column_usage k on k.constraint_schema = c.constraint_schema and k.constraint_name = c.constraint_name
      where c.table_schema = current_schema() and c.constraint_type = 'PRIMARY KEY'
      order by k.table_name, k.ordinal_position`.execute(db)
  ).rows;
  const foreignKeys = (
    await sql<{ table_name: string; references_table: string; columns: string[]; references: string[] }>`select
        t.relname as table_name, r.relname as references_table,
        array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
        array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i)
          join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as references
      from pg_constraint c
      join pg_class t on t.oid = c.conrelid
      join pg_namespace n on n.oid = t.relnamespace
      join pg_class r on r.oid = c.confrelid
      where c.contype = 'f' and n.nspname = current_schema()
      order by c.conname`.execute(db)
  ).rows;
  return names.map((name) => {
    const own = columns.filter((c) => c.table_name === name);
    const stored = own.filter((c) => c.is_generated !== 'ALWAYS' && !derivedPostgresTypes.includes(c.data_type));
    return {
      name,
      columns: stored.map((c) => ({ name: c.column_name, kind: postgresKinds[c.data_type] ?? 'text', readAsText: postgresKinds[c.data_type] === undefined })),
      primaryKey: primaryKeys.filter((k) => k.table_name === name).map((k) => k.column_name),
      foreignKeys: foreignKeys.filter((k) => k.table_name === name).map((k) => ({ columns: k.columns, table: k.references_table, references: k.references })),
      sequenceColumns: stored.filter((c) => c.is_identity === 'YES' || c.column_default?.startsWith('nextval(') === true).map((c) => c.column_name),
      alwaysIdentity: stored.some((c) => c.identity_generation === 'ALWAYS'),
    };
  });
}

/**
 * The tables a backup copies, parents before the tables whose foreign keys point at them (so restoring in this
 * order never inserts a row before the row it names), ties broken by name so every backup lists them alike.
 */
export async function copiedTables(database: Database): Promise<TableInfo[]> {
  const tables = database.dialect === 'postgres' ? await postgresTables(database) : await sqliteTables(database);
  return inDependencyOrder(tables);
}

/** Orders tables parents first; throws when foreign keys between different tables form a cycle. */
export function inDependencyOrder(tables: readonly TableInfo[]): TableInfo[] {
  const remaining = [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const known = new Set(remaining.map((t) => t.name));
  const placed = new Set<string>();
  const ordered: TableInfo[] = [];
  while (remaining.length > 0) {
    // A table's own rows referring to each other (a section's parent) are ordered row by row when restored.
    const index = remaining.findIndex((t) => t.foreignKeys.every((fk) => fk.table === t.name || placed.has(fk.table) || !known.has(fk.table)));
    if (index === -1) throw new Error(`The foreign keys of ${remaining.map((t) => t.name).join(', ')} form a cycle; they cannot be restored in order`);
    const [next] = remaining.splice(index, 1) as [TableInfo];
    placed.add(next.name);
    ordered.push(next);
  }
  return ordered;
}
