import type { Kysely } from 'kysely';

// The media library lists newest first, paged by (created_at, id); without an index every page sorts the table.
// The rest of the library (texts per locale, renditions and their storage keys, focal point) came with 0001.

/** Indexes the media library's newest-first order. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('media_newest').ifNotExists().on('media').columns(['created_at', 'id']).execute();
}
