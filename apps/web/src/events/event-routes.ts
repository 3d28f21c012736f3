import { type Locale, eventPagePath } from '@kraina/core';
import { type Request, type Response, Router } from 'express';
import { createElement } from 'react';
import type { CalendarMonth } from '../calendar/calendar-month.js';
import { monthParam } from '../calendar/calendar-month.js';
import { messagesFor } from '../locale/messages.js';
import { isSiteLocale, siteLocales } from '../locale/site-locales.js';
import { loadOrMissing } from '../news/load-or-missing.js';
import { sendCacheablePage, sendPage } from '../render/send-page.js';
import type { PageMeta } from '../seo/page-head.js';
import { breadcrumbListJsonLd } from '../seo/structured-data.js';
import { type SiteContext, frameOf } from '../site-context.js';
import { type EventFilters, readCalendarRequest } from './event-filters.js';
import { eventsCalendarPath, eventsFeedPath } from './event-paths.js';
import { dayAt, monthAt, narrowWindow } from './event-window.js';
import { EventsCalendarPage } from './events-calendar-page.js';
import { sendEventICalendar, sendEventsICalendar } from './icalendar-answers.js';
import { loadCalendar } from './load-calendar.js';
import { sendEventPage } from './send-event-page.js';

// The event page's sender lives beside its page; it is exported here, with the routes, for the preview routes.
export { sendEventPage } from './send-event-page.js';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The query string of a request, kept when the language switch moves a reader to the same page in another locale. */
function queryOf(req: Request): string {
  const index = req.originalUrl.indexOf('?');
  return index === -1 ? '' : req.originalUrl.slice(index);
}

/** The filters to carry to another month: all of them, but a day range only into a month it reaches. */
function filtersInto(filters: EventFilters, month: CalendarMonth): EventFilters {
  const shown = monthParam(month.year, month.month);
  const reaches = !(filters.from !== undefined && filters.from.slice(0, 7) > shown) && !(filters.to !== undefined && filters.to.slice(0, 7) < shown);
  return reaches ? filters : { ...filters, from: undefined, to: undefined };
}

/** `/{locale}/events/`, `/{locale}/events/{slug}` and their iCalendar feeds `/{locale}/events.ics`, `/{locale}/events/{slug}.ics`. */
export function eventRoutes(site: SiteContext): Router {
  const router = Router({ strict: true });

  async function sendCalendar(req: Request, res: Response, locale: Locale) {
    const t = messagesFor(locale);
    const now = site.now();
    const request = readCalendarRequest(req.query, monthAt(now, site.timeZone));
    const { month, filters } = request;
    const window = narrowWindow(month, filters, site.timeZone);
    const content = await loadCalendar(site.api, { locale, month, window, filters, timeZone: site.timeZone });
    const canonicalIn = (l: Locale) => eventsCalendarPath(l, {}, request.isMonthChosen ? month : undefined);
    const steps = [
      { name: t.home, path: `/${locale}/` },
      { name: t.eventsHeading, path: eventsCalendarPath(locale) },
    ];
    const meta: PageMeta = {
      canonicalPath: canonicalIn(locale),
      alternates: Object.fromEntries(siteLocales.locales.map((l) => [l, canonicalIn(l)])),
      ogType: 'website',
      jsonLd: [breadcrumbListJsonLd(steps.map((s) => ({ name: s.name, url: new URL(s.path, site.siteUrl).href })))],
    };
    const feedPath = eventsFeedPath(locale, filters);
    const element = createElement(EventsCalendarPage, {
      frame: frameOf(site, locale, (other) => `/${other}/events/${queryOf(req)}`),
      trail: steps,
      meta,
      request,
      window,
      content,
      today: dayAt(now, site.timeZone),
      portalZone: site.timeZone,
      formAction: eventsCalendarPath(locale),
      monthHref: (other) => eventsCalendarPath(locale, filtersInto(filters, other), other),
      dayHref: (day) => eventsCalendarPath(locale, { ...filters, from: day, to: day }),
      feedPath,
      subscribeUrl: new URL(feedPath, site.siteUrl).href.replace(/^https?:/, 'webcal:'),
    });
    // A filter that could not be used is the reader's mistake: 400, with the page saying which and showing the rest.
    if (request.problems.length > 0) sendPage(res, 400, element);
    else sendCacheablePage(res, element, site.pageCache);
  }

  router.get('/:locale/events', (req, res, next) => {
    if (!isSiteLocale(req.params.locale)) return next();
    res.redirect(301, `/${req.params.locale}/events/${queryOf(req)}`);
  });

  router.get('/:locale/events/', async (req, res, next) => {
    const { locale } = req.params;
    if (!isSiteLocale(locale)) return next();
    await sendCalendar(req, res, locale);
  });

  router.get('/:locale/events.ics', async (req, res, next) => {
    const { locale } = req.params;
    if (!isSiteLocale(locale)) return next();
    await sendEventsICalendar(site, req, res, locale);
  });

  router.get('/:locale/events/:slug.ics', async (req, res, next) => {
    const { locale, slug } = req.params;
    if (!isSiteLocale(locale) || !slugPattern.test(slug)) return next();
    if (!(await sendEventICalendar(site, res, locale, slug))) next();
  });

  router.get('/:locale/events/:slug', async (req, res, next) => {
    const { locale, slug } = req.params;
    if (!isSiteLocale(locale) || !slugPattern.test(slug)) return next();
    const event = await loadOrMissing(site.api.getEvent({ params: { slug }, query: { locale } }));
    if (!event) return next();
    // A localized or former slug has one address: the event's main slug.
    if (event.slug !== slug) return res.redirect(301, eventPagePath(locale, event));
    await sendEventPage(site, res, locale, event);
  });

  return router;
}
