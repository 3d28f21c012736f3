import type { Locale } from '@kraina/core';
import type { Request, Response } from 'express';
import { formatMessage, messagesFor } from '../locale/messages.js';
import { loadOrMissing } from '../news/load-or-missing.js';
import { pageCacheControl } from '../render/send-page.js';
import type { SiteContext } from '../site-context.js';
import { problemMessage } from './event-filter-form.js';
import { readCalendarRequest } from './event-filters.js';
import { dayWindow, monthAt } from './event-window.js';

// The API writes the iCalendar (one VEVENT per session, RRULEs kept, VTIMEZONEs included); the site passes it on
// under its own addresses, so a subscriber's calendar app talks to the portal, and the filters read as the page's.

function sendCalendarText(site: SiteContext, res: Response, text: string, filename: string): void {
  res
    .set('Cache-Control', pageCacheControl(site.pageCache))
    .set('Content-Disposition', `inline; filename="${filename}"`)
    .type('text/calendar; charset=utf-8')
    .send(text);
}

/** `/{locale}/events.ics?category=&city=&from=&to=`: the calendar with the page's filters; bad filters get a 400 naming them. */
export async function sendEventsICalendar(site: SiteContext, req: Request, res: Response, locale: Locale): Promise<void> {
  // A month picks a page of the calendar, not what a subscription holds, so it is not read here.
  const { filters, problems } = readCalendarRequest({ ...req.query, month: undefined }, monthAt(site.now(), site.timeZone));
  if (problems.length > 0) {
    const t = messagesFor(locale);
    const lines = [formatMessage(locale, t.eventsFilterProblems), ...problems.map((problem) => `- ${problemMessage(problem, locale, t)}`)];
    res.status(400).set('Cache-Control', 'no-store').type('text/plain; charset=utf-8').send(`${lines.join('\n')}\n`);
    return;
  }
  // Days are the portal's, as on the page: "from 5 December" starts at midnight in its zone.
  const from = filters.from === undefined ? undefined : dayWindow(filters.from, filters.from, site.timeZone).from;
  const to = filters.to === undefined ? undefined : dayWindow(filters.to, filters.to, site.timeZone).to;
  const text = await site.api.downloadEventsICalendar({
    query: {
      locale,
      ...(filters.category ? { category: filters.category } : {}),
      ...(filters.city ? { city: filters.city } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    },
  });
  sendCalendarText(site, res, text, 'events.ics');
}

/** `/{locale}/events/{slug}.ics`: one event for "Add to calendar"; false when there is no such event. */
export async function sendEventICalendar(site: SiteContext, res: Response, locale: Locale, slug: string): Promise<boolean> {
  const text = await loadOrMissing(site.api.getEventICalendar({ params: { slug }, query: { locale } }));
  if (text === undefined) return false;
  sendCalendarText(site, res, text, `${slug}.ics`);
  return true;
}
