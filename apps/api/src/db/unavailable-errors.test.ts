import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable-errors.js';

// Real errors from the real drivers, not hand-made look-alikes: the shapes are the drivers' to change.

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected a rejection');
}

describe('isDatabaseUnavailable', () => {
  it('recognises PostgreSQL that nobody answers for', async () => {
    const pool = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 1000 });
    const error = await rejectionOf(pool.query('select 1'));
    await pool.end();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('recognises an SQLite file another writer holds locked past the busy timeout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kraina-busy-'));
    const holder = new SqliteDatabase(join(dir, 'db.sqlite'));
    holder.exec('create table t (x)');
    holder.exec('begin exclusive');
    const waiter = new SqliteDatabase(join(dir, 'db.sqlite'), { timeout: 50 });
    let error: unknown;
    try {
      waiter.exec('insert into t values (1)');
    } catch (caught) {
      error = caught;
    }
    holder.exec('rollback');
    holder.close();
    waiter.close();
    await rm(dir, { recursive: true, force: true });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('finds the reason in a chain of causes, and leaves faults of the query alone', () => {
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) }))).toBe(true);
    const sqlite = new SqliteDatabase(':memory:');
    let syntax: unknown;
    try {
      sqlite.exec('selec nothing');
    } catch (caught) {
      syntax = caught;
    }
    sqlite.close();
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable('a string')).toBe(false);
  });
});
