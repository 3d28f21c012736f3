import { type RelatedEvent, type RelatedItems, type RelatedLookupQuerySchema, type SiteView, expandOccurrences, localeChain } from '@kraina/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { loadArticleSummaries } from '../article/article-rows.js';
import type { Database } from '../db/database.js';
import { loadEvents } from '../event/event-rows.js';
import { loadSites } from '../site/site-rows.js';
import type { ContentSettings } from './content-settings.js';
import { toPublicView } from './public-view.js';
import { isVisibleIn } from './visibility.js';

type LookupQuery = z.output<typeof RelatedLookupQuerySchema>;

/** How far ahead a related event's next occurrence is looked for; further than any page would say "next". */
const nextOccurrenceYears = 5;

/** Items of `ids` in the order asked, each once, skipping those not found. */
function inOrder<T>(ids: readonly string[], found: readonly T[], idOf: (item: T) => string): T[] {
  const byId = new Map(found.map((item) => [idOf(item), item]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

/**
 * Public lookups of published items by id, for the "related" lists of articles, events and places: each list is
 * one read, however old the items are, instead of a scan of recent lists that loses anything older.
 */
export function createRelatedLookup({ db }: Database, settings: ContentSettings, now: () => Date = () => new Date()) {
  const chainOf = (locale: string) => localeChain(locale, settings.locales);

  // Published, with a published text along the reader's chain: the rule every public read follows.
  async function visibleIds(kind: 'articles' | 'events' | 'sites', ids: readonly string[], chain: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const texts = ({ articles: 'article_translations', events: 'event_translations', sites: 'site_translations' } as const)[kind];
    // Raw, since the table is chosen at run time; Kysely cannot type a select over a union of tables.
    const { rows } = await sql<{ id: string }>`select item.id from ${sql.table(kind)} item
      where item.status = 'published' and item.id in (${sql.join(ids)}) and ${isVisibleIn(texts, sql.ref('item.id'), chain)}`.execute(db);
    return rows.map((row) => row.id);
  }

  async function events(ids: readonly string[], locale: string, chain: readonly string[]): Promise<RelatedEvent[]> {
    const from = now();
    const to = new Date(from.getTime() + nextOccurrenceYears * 366 * 86_400_000);
    const found = await loadEvents(db, await visibleIds('events', ids, chain));
    return inOrder(ids, found, (event) => event.id).map((event) => {
      const [next] = expandOccurrences(event.schedule, { from: from.toISOString(), to: to.toISOString() }, { limit: 1 });
      return { event: toPublicView(event, locale, settings), next: next ?? null };
    });
  }

  async function sites(ids: readonly string[], locale: string, chain: readonly string[]): Promise<SiteView[]> {
    const found = await loadSites(db, await visibleIds('sites', ids, chain));
    return inOrder(ids, found, (site) => site.id).map((site) => toPublicView(site, locale, settings));
  }

  return {
    /** The published items among those asked for, in the order asked, in the reader's locale after fallback. */
    async lookup(query: LookupQuery, locale: string): Promise<RelatedItems> {
      const chain = chainOf(locale);
      const [articles, eventItems, siteItems] = await Promise.all([
        visibleIds('articles', query.articles, chain).then((ids) => loadArticleSummaries(db, ids, chain)),
        events(query.events, locale, chain),
        sites(query.sites, locale, chain),
      ]);
      return { articles: inOrder(query.articles, articles, (article) => article.id), events: eventItems, sites: siteItems };
    },
  };
}
