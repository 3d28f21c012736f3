import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachingStatements } from './statement-cache.js';

describe('cachingStatements', () => {
  const sqlite = new SqliteDatabase(':memory:');
  afterEach(() => vi.restoreAllMocks());

  it('prepares each SQL text once and answers with the same statement', () => {
    const prepare = vi.spyOn(sqlite, 'prepare');
    const database = cachingStatements(sqlite);
    const first = database.prepare('select 1 as one');
    const second = database.prepare('select 1 as one');
    expect(second).toBe(first);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(second.all([])).toEqual([{ one: 1 }]);
  });

  it('forgets the least recently used statement beyond its capacity', () => {
    const prepare = vi.spyOn(sqlite, 'prepare');
    const database = cachingStatements(sqlite, 2);
    database.prepare('select 1');
    database.prepare('select 2');
    database.prepare('select 1'); // now "select 2" is the oldest
    database.prepare('select 3');
    database.prepare('select 1');
    expect(prepare).toHaveBeenCalledTimes(3);
    database.prepare('select 2');
    expect(prepare).toHaveBeenCalledTimes(4);
  });

  it('still sees a table created after a statement over it was prepared', () => {
    const database = cachingStatements(new SqliteDatabase(':memory:'));
    database.prepare('create table t (x integer)').run([]);
    const insert = database.prepare('insert into t (x) values (?)');
    insert.run([1]);
    database.prepare('insert into t (x) values (?)').run([2]);
    expect(database.prepare('select count(*) as n from t').all([])).toEqual([{ n: 2 }]);
    database.close();
  });
});
