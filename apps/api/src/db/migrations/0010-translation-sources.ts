import type { Kysely } from 'kysely';

// Which source text each translated field was made from: per item, locale and field, the source locale and a
// fingerprint of that locale's field when the translation was written or confirmed. A changed source has a new
// fingerprint, and the translation is stale until someone updates or confirms it. There is no foreign key because the
// item may be an article, an event or a place; a new item with a reused id starts by clearing its rows.

/** Creates the translation sources. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('translation_sources')
    .addColumn('entity_type', 'text', (c) => c.notNull()) // article | event | site
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('source_locale', 'text', (c) => c.notNull())
    .addColumn('source_fingerprint', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('translation_sources_pk', ['entity_type', 'entity_id', 'locale', 'field'])
    .execute();
}
