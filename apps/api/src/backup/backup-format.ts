import { z } from 'zod';
import type { Dialect } from '../db/database.js';
import type { ColumnInfo, ColumnKind } from './table-catalog.js';

// The lines of a backup file, in order: a header; then, for each table, a line naming it and its columns followed by
// its rows in primary-key order; then an end line whose counts prove the file was not cut short. Values are those
// both engines store alike: text, numbers, booleans, null, and bytes as base64 text.

/** The version of the backup format this build writes and reads. */
export const backupFormat = 1;

const KindSchema = z.enum(['text', 'integer', 'real', 'boolean', 'blob']);

/** The first line: what wrote the backup, from which database, and which migrations its schema had. */
export const BackupHeaderSchema = z.strictObject({
  kind: z.literal('kraina-backup'),
  format: z.literal(backupFormat),
  krainaVersion: z.string(),
  dialect: z.enum(['sqlite', 'postgres']),
  migrations: z.array(z.string()),
  createdAt: z.iso.datetime(),
});
/** The first line of a backup. */
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

/** The line before a table's rows: its name, its columns' kinds, and how many rows follow. */
export const TableLineSchema = z.strictObject({
  table: z.string().min(1),
  columns: z.record(z.string(), KindSchema),
  rows: z.int().nonnegative(),
});
/** The line before a table's rows. */
export type TableLine = z.infer<typeof TableLineSchema>;

const ValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One row of the table named by the last table line. */
export const RowLineSchema = z.strictObject({
  table: z.string().min(1),
  row: z.record(z.string(), ValueSchema),
});
/** One row of a table. */
export type RowLine = z.infer<typeof RowLineSchema>;

/** The last line: how many tables and rows the file holds. */
export const EndLineSchema = z.strictObject({ end: z.literal(true), tables: z.int().nonnegative(), rows: z.int().nonnegative() });
/** The last line of a backup. */
export type EndLine = z.infer<typeof EndLineSchema>;

/** A value as a backup line holds it. */
export type BackupValue = z.infer<typeof ValueSchema>;

/** A column's value as the database returned it, made portable: bytes as base64, SQLite's 0/1 flags as booleans. */
export function encodeValue(value: unknown, column: ColumnInfo): BackupValue {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (column.kind === 'boolean' && typeof value === 'number') return value !== 0;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // The catalog reads every other PostgreSQL type as text, so anything else here is a bug, not data.
  throw new Error(`Column ${column.name} returned a value of an unexpected kind (${typeof value})`);
}

/** A backed-up value as the target column takes it: SQLite binds no booleans, PostgreSQL's boolean wants one. */
export function decodeValue(value: BackupValue, kind: ColumnKind, dialect: Dialect): unknown {
  if (value === null) return null;
  if (kind === 'blob' && typeof value === 'string') return Buffer.from(value, 'base64');
  if (typeof value === 'boolean' && dialect === 'sqlite') return value ? 1 : 0;
  if (kind === 'boolean' && typeof value === 'number') return value !== 0;
  return value;
}
