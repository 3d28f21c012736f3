import { type Locale, resolveLocalized } from '@kraina/core';
import { type Response, Router } from 'express';
import { formatMessage, messagesFor } from '../locale/messages.js';
import { isSiteLocale } from '../locale/site-locales.js';
import { pageCacheControl } from '../render/send-page.js';
import type { SiteContext } from '../site-context.js';
import { newsFeedXml } from './news-feed.js';
import { newsFeedPath, newsListPath } from './news-paths.js';
import { sectionTrail } from './section-trail.js';

const feedSize = 30;

/** `/{locale}/feed.xml` and `/{locale}/news/{section}/feed.xml`: RSS 2.0 of the latest news, cacheable like pages. */
export function feedRoutes(site: SiteContext): Router {
  const router = Router({ strict: true });
  const { api } = site;

  async function sendFeed(res: Response, locale: Locale, section?: string) {
    const t = messagesFor(locale);
    let title = formatMessage(locale, t.feedTitle, { site: site.siteName });
    let description = t.newsDescription;
    if (section !== undefined) {
      const { items: tree } = await api.listSections();
      const node = sectionTrail(tree, section)?.at(-1);
      if (!node) return false;
      const name = resolveLocalized(node.name, locale)?.value ?? node.slug;
      title = formatMessage(locale, t.sectionFeedTitle, { site: site.siteName, section: name });
      description = resolveLocalized(node.description, locale)?.value ?? name;
    }
    const { items } = await api.listArticles({ query: { locale, limit: feedSize, ...(section ? { section } : {}) } });
    const xml = newsFeedXml(
      { title, description, locale, siteUrl: site.siteUrl, pagePath: newsListPath(locale, section), feedPath: newsFeedPath(locale, section) },
      items,
    );
    res
      .set('Cache-Control', pageCacheControl(site.pageCache))
      .type('application/rss+xml; charset=utf-8')
      .send(xml);
    return true;
  }

  router.get('/:locale/feed.xml', async (req, res, next) => {
    if (!isSiteLocale(req.params.locale)) return next();
    await sendFeed(res, req.params.locale);
  });

  router.get('/:locale/news/:section/feed.xml', async (req, res, next) => {
    const { locale, section } = req.params;
    if (!isSiteLocale(locale) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(section)) return next();
    if (!(await sendFeed(res, locale, section))) next();
  });

  return router;
}
