import type { Database } from '../db/database.js';

/**
 * Runs `read` over one consistent moment of the database, even while the API keeps writing: a read-only repeatable-read
 * transaction on PostgreSQL, and on SQLite a transaction, which holds the one connection until `read` is done. `read`
 * gets a Database whose every query goes through that transaction.
 */
export function readSnapshot<T>(database: Database, read: (snapshot: Database) => Promise<T>): Promise<T> {
  const begin = database.dialect === 'postgres' ? database.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only') : database.db.transaction();
  return begin.execute((trx) => read({ ...database, db: trx }));
}
