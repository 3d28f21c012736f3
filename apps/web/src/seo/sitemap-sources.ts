import { type KrainaClient, type Locale, type SectionNode, articlePagePath, eventPagePath, placePagePath } from '@kraina/core';
import { siteLocales } from '../locale/site-locales.js';
import { newsListPath } from '../news/news-paths.js';
import type { SitemapItem } from './sitemap-xml.js';

// Where the sitemap's items come from: the API's public lists, read a page at a time so a sitemap of a large archive
// never holds more than one page of it.

/** The most a list page of the API holds. */
export const apiPageSize = 100;
/** A sitemap holds at most 50,000 URLs; an article gives one per locale, so a child holds this many articles. */
export const articlesPerSitemap = Math.floor(50_000 / siteLocales.locales.length / apiPageSize) * apiPageSize;

const inEveryLocale = (pathIn: (locale: Locale) => string): Partial<Record<Locale, string>> =>
  Object.fromEntries(siteLocales.locales.map((locale) => [locale, pathIn(locale)]));

const inLocales = (locales: readonly Locale[], pathIn: (locale: Locale) => string): Partial<Record<Locale, string>> =>
  Object.fromEntries(locales.filter((locale) => siteLocales.locales.includes(locale)).map((locale) => [locale, pathIn(locale)]));

/** The pages every locale has: home, all news, each news section, the events calendar and the places catalogue. */
export async function* listingItems(api: KrainaClient): AsyncGenerator<SitemapItem> {
  yield { paths: inEveryLocale((l) => `/${l}/`) };
  yield { paths: inEveryLocale((l) => newsListPath(l)) };
  const walk = function* (sections: readonly SectionNode[]): Generator<SitemapItem> {
    for (const section of sections) {
      yield { paths: inEveryLocale((l) => newsListPath(l, section.slug)) };
      yield* walk(section.children);
    }
  };
  yield* walk((await api.listSections()).items);
  yield { paths: inEveryLocale((l) => `/${l}/events/`) };
  yield { paths: inEveryLocale((l) => `/${l}/places/`) };
}

/** How many article sitemaps the archive needs. */
export async function articleSitemapCount(api: KrainaClient): Promise<number> {
  const { total } = await api.listArticles({ query: { limit: 1 } });
  return Math.max(1, Math.ceil((total ?? 0) / articlesPerSitemap));
}

/** The published articles of sitemap `n` (from 1), in every locale each is published in. */
export async function* articleItems(api: KrainaClient, n: number): AsyncGenerator<SitemapItem> {
  const pagesPerSitemap = articlesPerSitemap / apiPageSize;
  // Numbered pages rather than cursors: sitemap n starts at a page number, where a cursor would need walking there.
  for (let page = (n - 1) * pagesPerSitemap + 1; page <= n * pagesPerSitemap; page += 1) {
    const list = await api.listArticles({ query: { page, limit: apiPageSize } });
    for (const article of list.items) yield { paths: inLocales(article.locales, (l) => articlePagePath(l, article)), lastmod: article.updatedAt };
    if (list.totalPages === null || page >= list.totalPages || list.items.length === 0) return;
  }
}

// Places and events each fit one sitemap: a country's catalogue holds a few thousand of each, far below 50,000 URLs
// in three locales; only the news archive grows without bound, and it is split above.

/** Every published place, walking the catalogue's cursor. */
export async function* placeItems(api: KrainaClient): AsyncGenerator<SitemapItem> {
  let cursor: string | undefined;
  do {
    const list = await api.listSites({ query: { limit: apiPageSize, ...(cursor ? { cursor } : {}) } });
    for (const place of list.items) yield { paths: inLocales(place.locales, (l) => placePagePath(l, place)), lastmod: place.updatedAt };
    cursor = list.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

/** Every published event once, whatever its dates, walking the API's sitemap read by its cursor. */
export async function* eventItems(api: KrainaClient): AsyncGenerator<SitemapItem> {
  let cursor: string | undefined;
  do {
    const list = await api.listEventSitemap({ query: { limit: apiPageSize, ...(cursor ? { cursor } : {}) } });
    for (const event of list.items) yield { paths: inLocales(event.locales, (l) => eventPagePath(l, event)), lastmod: event.updatedAt };
    cursor = list.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
