import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Database } from './database.js';
import { createTestDatabase, describeEachDatabase } from './test-databases.js';

describeEachDatabase('observing committed writes', (dialect) => {
  let database: Database;
  let drop: () => Promise<void>;
  let changes = 0;

  beforeAll(async () => {
    ({ database, drop } = await createTestDatabase(dialect));
    await sql`create table notes (id integer primary key, text text not null)`.execute(database.db);
    database.onChange(() => (changes += 1));
  });
  afterAll(() => drop());
  beforeEach(() => {
    changes = 0;
  });

  it('stays quiet for reads, built or raw, common table expressions included', async () => {
    await database.db.selectFrom('sections').selectAll().execute();
    await sql`select count(*) from notes`.execute(database.db);
    await sql`with recent as (select * from notes) select count(*) from recent`.execute(database.db);
    expect(changes).toBe(0);
  });

  it('tells once per write outside a transaction, raw writes included', async () => {
    await sql`insert into notes (id, text) values (1, 'one')`.execute(database.db);
    await sql`update notes set text = 'uno' where id = 1`.execute(database.db);
    await sql`with next as (select 9 as id) insert into notes (id, text) select id, 'nine' from next`.execute(database.db);
    await sql`with gone as (select 9 as id) delete from notes where id in (select id from gone)`.execute(database.db);
    expect(changes).toBe(4);
  });

  it('stays quiet for sign-in bookkeeping, which no public read shows, and not for a user', async () => {
    const now = new Date().toISOString();
    await database.db.insertInto('sign_in_failures').values({ key: 'address:127.0.0.1', failed_at: now }).execute();
    await database.db.deleteFrom('sign_in_failures').where('key', '=', 'address:127.0.0.1').execute();
    await database.db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', 'none').execute();
    expect(changes).toBe(0);
    await database.db.updateTable('users').set({ updated_at: now }).where('id', '=', 'none').execute();
    expect(changes).toBe(1);
  });

  it('tells once after a transaction commits, and not before', async () => {
    await database.db.transaction().execute(async (trx) => {
      await sql`insert into notes (id, text) values (2, 'two')`.execute(trx);
      await sql`insert into notes (id, text) values (3, 'three')`.execute(trx);
      expect(changes).toBe(0);
    });
    expect(changes).toBe(1);
  });

  it('says nothing when a transaction rolls back, or only read', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`insert into notes (id, text) values (4, 'four')`.execute(trx);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await database.db.transaction().execute((trx) => sql`select * from notes`.execute(trx));
    expect(changes).toBe(0);
    expect((await sql<{ n: number }>`select count(*) as n from notes where id = 4`.execute(database.db)).rows[0]?.n).toBe(0);
  });

  it('stops telling a listener that unsubscribed', async () => {
    let heard = 0;
    const stop = database.onChange(() => (heard += 1));
    await sql`delete from notes where id = 3`.execute(database.db);
    stop();
    await sql`delete from notes where id = 2`.execute(database.db);
    expect(heard).toBe(1);
  });
});
