import type { Insertable, Transaction } from 'kysely';
import type { Tables } from './tables.js';

// SQLite binds at most 32,766 parameters to one statement (PostgreSQL 65,535); a thousand rows of up to 20
// columns stay inside both, and a statement per thousand rows is what makes bulk imports fast.
const rowsPerStatement = 1000;

/** Inserts rows with one multi-row INSERT per thousand, for imports; rows must have at most 20 columns. */
export async function insertInChunks<T extends keyof Tables>(trx: Transaction<Tables>, table: T, rows: readonly Insertable<Tables[T]>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    await trx.insertInto(table).values(rows.slice(start, start + rowsPerStatement)).execute();
  }
}
