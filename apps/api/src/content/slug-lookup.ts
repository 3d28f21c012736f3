import { type RawBuilder, sql } from 'kysely';

const tablesOf = {
  article: { main: 'articles', texts: 'article_translations', owner: 'article_id' },
  event: { main: 'events', texts: 'event_translations', owner: 'event_id' },
  site: { main: 'sites', texts: 'site_translations', owner: 'site_id' },
} as const;

/**
 * The ids of items of a kind whose main slug or slug in any locale is `slug`, as a subquery for `where id in …`.
 * A union of two index lookups: written as `slug = ? or exists (…translation slug…)`, SQLite scanned every item
 * on each read (3 ms on 100,000 articles, against 0.02 ms this way).
 */
export function idsWithSlug(kind: keyof typeof tablesOf, slug: string): RawBuilder<string> {
  const { main, texts, owner } = tablesOf[kind];
  return sql<string>`(select id from ${sql.table(main)} where slug = ${slug} union select ${sql.ref(owner)} from ${sql.table(texts)} where slug = ${slug})`;
}
