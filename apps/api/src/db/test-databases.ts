import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { type Database, openDatabase } from './database.js';
import { migrate } from './migrate.js';

// Test support: one suite, run against SQLite always and against the real PostgreSQL on 127.0.0.1:5432.
// Each database is new: SQLite in memory, PostgreSQL in a schema of its own that is dropped afterwards.

/** The PostgreSQL the tests use. */
export const testPostgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const postgresUrl = testPostgresUrl;

async function postgresReachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const postgresProblem = await postgresReachable();
if (postgresProblem !== undefined) {
  const message = `PostgreSQL at ${postgresUrl} is unreachable (${postgresProblem})`;
  // On a laptop without PostgreSQL the suite says why it skipped; on CI a missing database is a failure.
  if (process.env.CI) throw new Error(`${message}; CI must run the PostgreSQL suite.`);
  console.warn(`${message}: skipping the PostgreSQL run.`);
}

/** A new, migrated, empty database of the given dialect, and a function that removes it. */
export async function createTestDatabase(dialect: 'sqlite' | 'postgres'): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const database = openDatabase(':memory:');
    await migrate(database);
    return { database, drop: () => database.close() };
  }
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const database = openDatabase(postgresUrl, { schema, poolSize: 4 });
  const dropSchema = async () => {
    await database.close();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  };
  try {
    await migrate(database);
  } catch (error) {
    await dropSchema(); // a failed migration must not leave a schema behind for every later run to trip over
    throw error;
  }
  return {
    database,
    drop: dropSchema,
  };
}

/** The dialects this run can test: SQLite always, PostgreSQL when it is reachable. */
export const testDialects = postgresProblem === undefined ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

/** Declares `suite` once per dialect, as `describe('on sqlite', …)` and `describe('on postgres', …)`. */
export function describeEachDatabase(name: string, suite: (dialect: 'sqlite' | 'postgres') => void): void {
  for (const dialect of testDialects) describe(`${name} on ${dialect}`, () => suite(dialect));
}
