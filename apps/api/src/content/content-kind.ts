/** The kinds of content editors write and publish; also what tags, links, revisions and search documents name as owner. */
export type ContentKind = 'article' | 'event' | 'site';

/** Each kind's main table, its translation table, and the column there that names the item. */
export const contentTables = {
  article: { main: 'articles', texts: 'article_translations', owner: 'article_id' },
  event: { main: 'events', texts: 'event_translations', owner: 'event_id' },
  site: { main: 'sites', texts: 'site_translations', owner: 'site_id' },
} as const;

/** How messages name an item of each kind: editors and readers say "place", the tables say "site". */
export const nounOf = { article: 'article', event: 'event', site: 'place' } as const satisfies Record<ContentKind, string>;
