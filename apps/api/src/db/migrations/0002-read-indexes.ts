import type { Kysely } from 'kysely';

// Indexes for the public read paths, chosen from the 100,000-article benchmark (docs/BENCHMARKS.md).
//
// Visibility (`isVisibleIn`) asks "is this item's text published in one of these locales" for every candidate
// row. The translation tables keep `status` after a wide body, so without a covering index each check followed
// the row's overflow pages; with one it is an index-only probe.

/** Covering indexes for visibility checks, and for the day counts of the news calendar. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, owner] of [
    ['article_translations', 'article_id'],
    ['event_translations', 'event_id'],
    ['site_translations', 'site_id'],
  ] as const) {
    await db.schema.createIndex(`${table}_visibility`).ifNotExists().on(table).columns([owner, 'locale', 'status']).execute();
  }
  // The calendar widget counts a month of days; with the id in the index the count never reads article rows.
  await db.schema.createIndex('articles_day_ids').ifNotExists().on('articles').columns(['status', 'published_day', 'id']).execute();
  await db.schema.dropIndex('articles_day').ifExists().execute();
}
