import type { z } from 'zod';
import { type BackupHeader, BackupHeaderSchema, EndLineSchema, RowLineSchema, type TableLine, TableLineSchema, backupFormat } from './backup-format.js';
import { type FileLine, readLines } from './line-files.js';
import { BackupFileError } from './restore-errors.js';
import type { TableInfo } from './table-catalog.js';

// The first of a restore's two reads: every line is checked before anything is written, so a bad line anywhere
// stops the restore with its line number and the database untouched. It also notes where each table's rows lie,
// so the second read can take the tables in the order their foreign keys need, whatever order the file has.

/** Where one table's rows lie in the file. */
export interface TableSection {
  line: TableLine;
  /** The byte offset of the first row, and of the line after the last. */
  start: number;
  end: number;
  /** The line number of the first row. */
  firstRow: number;
}

/** A checked backup: its header, and its tables' rows by table name. */
export interface ScannedBackup {
  header: BackupHeader;
  sections: Map<string, TableSection>;
  rows: number;
}

function parsed<S extends z.ZodType>(schema: S, value: unknown, line: FileLine, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new BackupFileError(`not a valid ${what}${where}: ${issue?.message ?? 'unexpected shape'}`, line.number);
  }
  return result.data;
}

function jsonOf(line: FileLine): unknown {
  if (line.text.trim() === '') throw new BackupFileError('an empty line', line.number);
  try {
    return JSON.parse(line.text) as unknown;
  } catch {
    throw new BackupFileError('not a line of JSON', line.number);
  }
}

/** Reads and checks the first line alone, for the checks that come before reading the whole file. */
export async function readBackupHeader(path: string): Promise<BackupHeader> {
  for await (const line of readLines(path)) {
    const value = jsonOf(line);
    if (typeof value === 'object' && value !== null && 'format' in value && value.format !== backupFormat) {
      throw new BackupFileError(`backup format ${String(value.format)} is not one this Kraina reads (it reads format ${backupFormat})`, line.number);
    }
    return parsed(BackupHeaderSchema, value, line, 'Kraina backup header');
  }
  throw new BackupFileError('the file is empty', 1);
}

/** Checks every line of a backup against the tables of the database it is restored into. */
export async function scanBackup(path: string, targetTables: ReadonlyMap<string, TableInfo>): Promise<ScannedBackup> {
  const header = await readBackupHeader(path);
  const sections = new Map<string, TableSection>();
  let current: { section: TableSection; columns: string[]; seen: number } | undefined;
  let rows = 0;
  let ended = false;
  let lastLine = 1;

  const closeTable = (line: FileLine) => {
    if (current && current.seen !== current.section.line.rows) {
      throw new BackupFileError(`table ${current.section.line.table} has ${current.seen} rows where its line announced ${current.section.line.rows}`, line.number);
    }
    current = undefined;
  };

  for await (const line of readLines(path)) {
    lastLine = line.number;
    if (line.number === 1) continue;
    if (ended) throw new BackupFileError('a line after the end line', line.number);
    const value = jsonOf(line);
    const shape = typeof value === 'object' && value !== null ? value : {};
    if ('row' in shape) {
      const row = parsed(RowLineSchema, value, line, 'row');
      if (!current || row.table !== current.section.line.table) throw new BackupFileError(`a row of ${row.table} outside that table's rows`, line.number);
      const names = Object.keys(row.row);
      if (names.length !== current.columns.length || names.some((name) => !current?.columns.includes(name))) {
        throw new BackupFileError(`the row's columns (${names.join(', ')}) are not those of table ${row.table}`, line.number);
      }
      current.seen += 1;
      current.section.end = line.next;
      rows += 1;
      continue;
    }
    if ('columns' in shape) {
      closeTable(line);
      const table = parsed(TableLineSchema, value, line, 'table line');
      if (sections.has(table.table)) throw new BackupFileError(`table ${table.table} appears twice`, line.number);
      const target = targetTables.get(table.table);
      if (!target) throw new BackupFileError(`this database has no table ${table.table}`, line.number);
      const missing = Object.keys(table.columns).filter((name) => !target.columns.some((c) => c.name === name));
      if (missing.length > 0) throw new BackupFileError(`table ${table.table} of this database has no column ${missing.join(', ')}`, line.number);
      const section = { line: table, start: line.next, end: line.next, firstRow: line.number + 1 };
      sections.set(table.table, section);
      current = { section, columns: Object.keys(table.columns), seen: 0 };
      continue;
    }
    if ('end' in shape) {
      closeTable(line);
      const end = parsed(EndLineSchema, value, line, 'end line');
      if (end.tables !== sections.size || end.rows !== rows) {
        throw new BackupFileError(`the end line counts ${end.tables} tables and ${end.rows} rows, the file has ${sections.size} and ${rows}`, line.number);
      }
      ended = true;
      continue;
    }
    throw new BackupFileError('neither a table, a row nor the end line', line.number);
  }
  // Without its end line the file was cut short (a full disk, an interrupted copy): restoring part is worse than none.
  if (!ended) throw new BackupFileError('the file ends without its end line, so it was cut short', lastLine + 1);
  return { header, sections, rows };
}
