import { stringify } from 'csv-stringify/sync';

// A cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip before reading one) is
// run as a formula when the file is opened: a place named "=HYPERLINK(…)" would become a link in an official
// download. OWASP's remedy is a leading apostrophe, which spreadsheets hide and keeps the text as text.
const formulaStart = /^[=+\-@\t\r]/;

/** Text made safe to open in a spreadsheet: a cell that would start a formula gets a leading apostrophe. */
export function safeCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** One cell's value: text (made formula-safe), a number or flag (written as is), or nothing (an empty cell). */
export type CellValue = string | number | boolean | null | undefined;

/**
 * An RFC 4180 CSV document: a header row, then one row per record, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break. Only text cells are prefixed, so coordinates such as -0.5 stay numbers.
 */
export function toCsv<Column extends string>(columns: readonly Column[], records: readonly Record<Column, CellValue>[]): string {
  const rows = records.map((record) =>
    columns.map((column) => {
      const value = record[column];
      if (value === null || value === undefined) return '';
      if (typeof value === 'string') return safeCell(value);
      return typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
    }),
  );
  return stringify([[...columns], ...rows], { record_delimiter: 'windows' });
}
