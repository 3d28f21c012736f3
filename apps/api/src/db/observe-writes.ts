import type { CompiledQuery, DatabaseConnection, Dialect as KyselyDialect, Driver, QueryResult, TransactionSettings } from 'kysely';

// Raw SQL that only reads: a select, or a `with` whose statements hold no insert, update or delete. Anything
// else is taken as a write, since a needless "something changed" costs a cache refill while a missed one serves
// stale content. (Taking every `with` as a write emptied the response cache on each search.)
const readingRawSql = /^\s*(select|pragma|explain|show|with)\b/i;
const writingWords = /\b(insert\s+into|update\s+[\w".]+\s+set|delete\s+from|replace\s+into)\b/i;

/** Whether a statement may change data. */
export function isWrite(query: Pick<CompiledQuery, 'sql' | 'query'>): boolean {
  const kind = query.query.kind;
  if (kind === 'SelectQueryNode') return false;
  if (kind !== 'RawNode' || !readingRawSql.test(query.sql)) return true;
  return /^\s*with\b/i.test(query.sql) && writingWords.test(query.sql);
}

// Tables that no public read shows: sign-in bookkeeping. Writing them (a session seen, a failed sign-in) must not
// empty the response cache, or every signed-in request and every wrong password would cost every reader a refill.
const bookkeepingWrite = /^\s*(?:insert\s+into|update|delete\s+from)\s+"?(?:sessions|api_tokens|sign_in_failures|audit_log)"?\s/i;

/** Whether a statement may change what readers see: a write to anything but sign-in bookkeeping. */
export function changesContent(query: Pick<CompiledQuery, 'sql' | 'query'>): boolean {
  return isWrite(query) && !(query.query.kind !== 'RawNode' && bookkeepingWrite.test(query.sql));
}

/**
 * Wraps a dialect so `onCommitted` runs after every committed write: after the statement outside a transaction,
 * after the commit inside one (never on rollback). Readers that cache what they read (the response cache) learn of
 * every change made through this database, by any store, CLI command or test, without each writer saying so.
 */
export function observeWrites(dialect: KyselyDialect, onCommitted: () => void): KyselyDialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => observedDriver(dialect.createDriver(), onCommitted),
  };
}

function observedDriver(driver: Driver, onCommitted: () => void): Driver {
  // The driver's own connections, behind the wrappers handed to Kysely.
  const inner = new WeakMap<DatabaseConnection, DatabaseConnection>();
  const inTransaction = new WeakSet<DatabaseConnection>();
  const uncommitted = new WeakSet<DatabaseConnection>();
  const own = (connection: DatabaseConnection) => inner.get(connection) ?? connection;

  function wrap(connection: DatabaseConnection): DatabaseConnection {
    const wrapper: DatabaseConnection = {
      async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        const result = await connection.executeQuery<R>(query);
        if (changesContent(query)) {
          if (inTransaction.has(wrapper)) uncommitted.add(wrapper);
          else onCommitted();
        }
        return result;
      },
      streamQuery: <R>(query: CompiledQuery, chunkSize?: number) => connection.streamQuery<R>(query, chunkSize),
    };
    inner.set(wrapper, connection);
    return wrapper;
  }

  function settle(connection: DatabaseConnection, committed: boolean): void {
    inTransaction.delete(connection);
    const changed = uncommitted.delete(connection);
    if (committed && changed) onCommitted();
  }

  return {
    init: () => driver.init(),
    acquireConnection: async () => wrap(await driver.acquireConnection()),
    async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
      await driver.beginTransaction(own(connection), settings);
      inTransaction.add(connection);
    },
    async commitTransaction(connection: DatabaseConnection) {
      await driver.commitTransaction(own(connection));
      settle(connection, true);
    },
    async rollbackTransaction(connection: DatabaseConnection) {
      try {
        await driver.rollbackTransaction(own(connection));
      } finally {
        settle(connection, false);
      }
    },
    releaseConnection: (connection: DatabaseConnection) => driver.releaseConnection(own(connection)),
    destroy: () => driver.destroy(),
    ...(driver.savepoint && { savepoint: (connection, name, compile) => driver.savepoint?.(own(connection), name, compile) ?? Promise.resolve() }),
    ...(driver.rollbackToSavepoint && {
      rollbackToSavepoint: (connection, name, compile) => driver.rollbackToSavepoint?.(own(connection), name, compile) ?? Promise.resolve(),
    }),
    ...(driver.releaseSavepoint && {
      releaseSavepoint: (connection, name, compile) => driver.releaseSavepoint?.(own(connection), name, compile) ?? Promise.resolve(),
    }),
  };
}
