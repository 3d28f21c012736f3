import { type Response, Router } from 'express';
import { siteLocales } from '../locale/site-locales.js';
import type { SiteContext } from '../site-context.js';
import { articleItems, articleSitemapCount, eventItems, listingItems, placeItems } from './sitemap-sources.js';
import { type SitemapItem, sitemapIndexEnd, sitemapIndexEntry, sitemapIndexStart, urlEntries, urlSetEnd, urlSetStart } from './sitemap-xml.js';

// Crawlers read sitemaps a few times a day; five minutes spares the API a crawler's bursts while new pages still show.
const sitemapCacheControl = 'public, max-age=300';

/** The child sitemaps: listing pages, each slice of the article archive, events and places. */
function childPaths(articleSitemaps: number): string[] {
  return [
    '/sitemaps/pages.xml',
    ...Array.from({ length: articleSitemaps }, (_, index) => `/sitemaps/articles-${index + 1}.xml`),
    '/sitemaps/events.xml',
    '/sitemaps/places.xml',
  ];
}

/**
 * Writes a sitemap as its items arrive, a page of the API at a time, so its memory does not grow with the archive.
 * The first item is awaited before the headers go out, so a failing API still gets an error page, not a cut-off 200.
 */
async function sendUrlSet(res: Response, siteUrl: string, items: AsyncGenerator<SitemapItem>): Promise<void> {
  const first = await items.next();
  res.status(200).type('application/xml').set('Cache-Control', sitemapCacheControl);
  res.write(urlSetStart);
  if (!first.done) res.write(urlEntries(first.value, siteUrl, siteLocales.defaultLocale));
  for await (const item of items) res.write(urlEntries(item, siteUrl, siteLocales.defaultLocale));
  res.end(urlSetEnd);
}

/** `/sitemap.xml`, a sitemap index, and its children under `/sitemaps/`, with hreflang alternates and lastmod. */
export function sitemapRoutes(site: SiteContext): Router {
  const router = Router({ strict: true });
  const { api, siteUrl } = site;

  router.get('/sitemap.xml', async (_req, res) => {
    const children = childPaths(await articleSitemapCount(api));
    res.type('application/xml').set('Cache-Control', sitemapCacheControl);
    res.send(sitemapIndexStart + children.map((path) => sitemapIndexEntry(new URL(path, siteUrl).href)).join('') + sitemapIndexEnd);
  });

  router.get('/sitemaps/pages.xml', async (_req, res) => sendUrlSet(res, siteUrl, listingItems(api)));
  router.get('/sitemaps/events.xml', async (_req, res) => sendUrlSet(res, siteUrl, eventItems(api)));
  router.get('/sitemaps/places.xml', async (_req, res) => sendUrlSet(res, siteUrl, placeItems(api)));

  router.get('/sitemaps/articles-:n.xml', async (req, res, next) => {
    const { n } = req.params;
    if (!/^[1-9]\d{0,3}$/.test(n)) return next();
    // A number past the archive's end is no sitemap: 404, as for any other missing page.
    if (Number(n) > (await articleSitemapCount(api))) return next();
    await sendUrlSet(res, siteUrl, articleItems(api, Number(n)));
  });

  return router;
}
