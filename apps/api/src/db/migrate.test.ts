import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { createTestDatabase, describeEachDatabase } from './test-databases.js';
import { migrate } from './migrate.js';

describeEachDatabase('migrations', (dialect) => {
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => drop?.());

  it('create every table, and running them again changes nothing', async () => {
    const test = await createTestDatabase(dialect);
    drop = test.drop;
    expect(await migrate(test.database)).toEqual({ applied: [] });
    const count = await test.database.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('refuse a database migrated by a newer Kraina', async () => {
    const test = await createTestDatabase(dialect);
    drop = test.drop;
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01')`.execute(test.database.db);
    await expect(migrate(test.database)).rejects.toThrow(/newer Kraina.*9999-from-the-future/);
  });

  it('enforce the rules a bug must not break: unique slugs and known statuses', async () => {
    const test = await createTestDatabase(dialect);
    drop = test.drop;
    const section = { id: 'a0000000-0000-4000-8000-000000000001', slug: 'business', parent_id: null, position: 0, created_at: 'x', updated_at: 'x', version: 1 };
    await test.database.db.insertInto('sections').values(section).execute();
    await expect(test.database.db.insertInto('sections').values({ ...section, id: 'a0000000-0000-4000-8000-000000000002' }).execute()).rejects.toThrow();
    await expect(
      test.database.db.insertInto('sites').values({
        id: 'b0000000-0000-4000-8000-000000000001', slug: 'x', status: 'live', created_at: 'x', updated_at: 'x', version: 1,
        kind: 'museum', region: 'minsk-city', district: null, lat: 53.9, lng: 27.5, kind_fields_json: '{}', contacts_json: '{}',
        gallery_json: '[]', publish_at: null, first_published_at: null, opening_hours_json: null, image_json: null,
      }).execute(),
    ).rejects.toThrow();
  });
});
