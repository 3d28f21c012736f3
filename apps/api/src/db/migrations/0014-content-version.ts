import type { Kysely } from 'kysely';

// One row holding the version of everything readers can see, bumped in the same transaction as each change to it
// (content/content-version.ts). Web processes poll it to know when to drop their copies of the API's answers: a
// row in the shared database is the one counter every API process agrees on, with or without Redis.

/**
 * Creates the public content version's table, empty: the row appears with the first change readers can see, so a
 * database nobody has published in is still empty (as `kraina restore` requires of the database it fills).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('content_version')
    .addColumn('id', 'integer', (c) => c.primaryKey()) // always 1: a single row
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
}
