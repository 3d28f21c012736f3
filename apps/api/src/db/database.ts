import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { observeWrites } from './observe-writes.js';
import { cachingStatements } from './statement-cache.js';
import type { Tables } from './tables.js';

/** Which engine a database runs on; the only place the two differ is full-text search. */
export type Dialect = 'sqlite' | 'postgres';

/** An open database: the query builder, its dialect, and how to close it. */
export interface Database {
  db: Kysely<Tables>;
  dialect: Dialect;
  /** The PostgreSQL schema this database lives in, when not the default. */
  schema?: string;
  close: () => Promise<void>;
  /** Calls `listener` after every committed write through this database; returns how to stop listening. */
  onChange: (listener: () => void) => () => void;
}

/** Listeners for committed writes, and the function that tells them. */
function changeListeners() {
  const listeners = new Set<() => void>();
  return {
    notify: () => {
      for (const listener of listeners) listener();
    },
    onChange: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

// PostgreSQL returns BIGINT (count(*)) as text to avoid losing precision; our counts fit a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

/** Whether a `DATABASE_URL` names PostgreSQL rather than an SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The SQLite file a `file:` URL names, relative to the working directory. */
export function sqlitePath(url: string): string {
  return url === ':memory:' ? url : resolve(url.replace(/^file:/, ''));
}

/**
 * Opens the database a URL names: `postgres://…` for PostgreSQL, `file:./data/kraina.db` (or a bare path) for
 * the embedded SQLite that needs no server. `schema` picks a PostgreSQL schema, which tests use for isolation.
 */
export function openDatabase(
  url: string,
  options: { schema?: string; poolSize?: number; onConnectionLost?: (error: Error) => void } = {},
): Database {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      // A server that does not answer (a partition, a failover in progress) fails the request in seconds, as 503.
      connectionTimeoutMillis: 5000,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // When PostgreSQL restarts, every idle connection in the pool errors. pg drops those connections and opens new
    // ones on demand, so the process recovers by itself, but only if someone listens: an 'error' event nobody
    // handles would end the process.
    pool.on('error', (error) => options.onConnectionLost?.(error));
    const { notify, onChange } = changeListeners();
    const db = new Kysely<Tables>({ dialect: observeWrites(new PostgresDialect({ pool }), notify) });
    return { db, dialect: 'postgres', ...(options.schema ? { schema: options.schema } : {}), close: () => db.destroy(), onChange };
  }
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  // WAL lets readers run beside the one writer; NORMAL sync in WAL mode survives a crashed process (not a lost
  // machine), which is the embedded default's promise; foreign keys are off in SQLite unless asked for.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const { notify, onChange } = changeListeners();
  const db = new Kysely<Tables>({ dialect: observeWrites(new SqliteDialect({ database: cachingStatements(sqlite) }), notify) });
  return { db, dialect: 'sqlite', close: () => db.destroy(), onChange };
}
