import { type Locale, eventPagePath, placePagePath, resolveLocalized } from '@kraina/core';
import { Router } from 'express';
import { createElement } from 'react';
import { calendarMonthOf, monthParam } from '../calendar/calendar-month.js';
import { dayOf, formatDay } from '../locale/format-date.js';
import { isSiteLocale, siteLocales } from '../locale/site-locales.js';
import { loadImages } from '../media/load-image.js';
import { dayArchivePath } from '../news/news-paths.js';
import { sendCacheablePage } from '../render/send-page.js';
import type { PageMeta } from '../seo/page-head.js';
import { type SiteContext, frameOf } from '../site-context.js';
import { type HomeContent, HomePage } from './home-page.js';
import { toTheMinute } from '../api/to-the-minute.js';

/** `/{locale}/`: the home page in that locale. */
export function homeRoutes(site: SiteContext): Router {
  const router = Router({ strict: true });
  const { api } = site;

  async function loadHome(locale: Locale, month: unknown): Promise<HomeContent> {
    const now = site.now();
    const today = dayOf(now.toISOString(), site.timeZone);
    const shown = calendarMonthOf(month, { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) });
    const thisMinute = toTheMinute(now);
    const inTwoMonths = new Date(thisMinute.getTime() + 61 * 86_400_000).toISOString();
    const [news, events, places, counts] = await Promise.all([
      api.listArticles({ query: { locale, limit: 6 } }),
      api.listEvents({ query: { locale, from: thisMinute.toISOString(), to: inTwoMonths, limit: 20 } }),
      api.listSites({ query: { locale, kind: 'unesco-heritage', limit: 4 } }),
      api.countArticlesByDay({ query: { locale, year: shown.year, month: shown.month } }),
    ]);
    // A festival of many days has an occurrence on each; the home page names each event once, at its next day.
    const seen = new Set<string>();
    const upcomingEvents = events.items
      .filter((occurrence) => !seen.has(occurrence.event.id) && seen.add(occurrence.event.id))
      .slice(0, 5)
      .map((occurrence) => ({
        id: occurrence.event.id,
        name: resolveLocalized(occurrence.event.translations, locale)?.value.title ?? occurrence.event.slug,
        path: eventPagePath(locale, occurrence.event),
        note: formatDay(occurrence.localDate, locale),
      }));
    const featuredPlaces = places.items.map((place) => ({ id: place.id, name: place.name, path: placePagePath(locale, place) }));
    const images = await loadImages(site, news.items.flatMap((item) => (item.leadImage ? [item.leadImage.mediaId] : [])));
    return { topNews: news.items, images, upcomingEvents, featuredPlaces, counts, today };
  }

  router.get('/:locale/', async (req, res, next) => {
    const { locale } = req.params;
    if (!isSiteLocale(locale)) return next();
    const content = await loadHome(locale, req.query.month);
    const absolute = (path: string) => new URL(path, site.siteUrl).href;
    const meta: PageMeta = {
      canonicalPath: `/${locale}/`,
      alternates: Object.fromEntries(siteLocales.locales.map((l) => [l, `/${l}/`])),
      ogType: 'website',
      jsonLd: [{ '@context': 'https://schema.org', '@type': 'WebSite', name: site.siteName, url: absolute(`/${locale}/`), inLanguage: locale }],
      feeds: [{ title: site.siteName, path: `/${locale}/feed.xml` }],
    };
    const query = typeof req.query.month === 'string' ? `?month=${encodeURIComponent(req.query.month)}` : '';
    sendCacheablePage(
      res,
      createElement(HomePage, {
        frame: frameOf(site, locale, (other) => `/${other}/${query}`),
        content,
        meta,
        timeZone: site.timeZone,
        dayHref: (date) => dayArchivePath(locale, date),
        monthHref: (year, month) => `/${locale}/?month=${monthParam(year, month)}`,
      }),
      site.pageCache,
    );
  });

  return router;
}
