import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { Tables } from '../db/tables.js';

// An imported record is several saves (create or update, publish, its source, its redirect) that must land together
// or not at all, yet each store opens its own transaction. Kysely does not nest transactions, so the stores are
// handed this view of the database instead: every query runs in the record's transaction, and a store's own
// `transaction().execute(fn)` simply runs `fn` in it. A store's error then rolls back the whole record.

/** The database as seen from inside `trx`: stores built over it write in that transaction only. */
export function joinTransaction(database: Database, trx: Transaction<Tables>): Database {
  const joined = { execute: <T>(work: (inner: Transaction<Tables>) => Promise<T>) => work(view as Transaction<Tables>) };
  const view: Kysely<Tables> = new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') return () => joined;
      const value: unknown = Reflect.get(target, property, target);
      // Kysely keeps its state in private fields, which only the real object can read.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { ...database, db: view, close: () => Promise.resolve() };
}
