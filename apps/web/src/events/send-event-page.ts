import { type EventSession, type EventView, type Locale, describeRecurrence, type SiteSummary, eventPagePath, placePagePath, resolveLocalized, richTextToHtml } from '@kraina/core';
import type { Response } from 'express';
import { createElement } from 'react';
import type { BreadcrumbStep } from '../layout/breadcrumbs.js';
import { messagesFor } from '../locale/messages.js';
import { siteLocales } from '../locale/site-locales.js';
import { bodyImageOf } from '../media/body-image.js';
import { pictureSources } from '../media/image-sources.js';
import { imageIdsIn, loadImages } from '../media/load-image.js';
import { placedImage } from '../media/placed-image.js';
import { type ItemPageOptions, asPreviewWhenAsked } from '../preview/item-page-options.js';
import { sendCacheablePage, sendPage } from '../render/send-page.js';
import { type EventLocationFacts, eventJsonLd } from '../seo/event-json-ld.js';
import type { PageMeta } from '../seo/page-head.js';
import { breadcrumbListJsonLd } from '../seo/structured-data.js';
import { type SiteContext, frameOf } from '../site-context.js';
import { EventPage, type SessionView, type VenueView } from './event-page.js';
import { eventICalendarPath, eventsCalendarPath } from './event-paths.js';
import { findVenuePlaces } from './event-venues.js';
import { isRepeating, occurrencesToShow, spanOf, zoneLabel } from './event-when.js';

/** How many dates a repeating event's page lists. */
const datesShown = 8;

function venueView(session: EventSession, places: Map<string, SiteSummary>, locale: Locale): VenueView | undefined {
  const venue = session.venue;
  if (venue === undefined) return undefined;
  if (venue.type === 'online') return { type: 'online', url: venue.url };
  if (venue.type === 'address') {
    const address = resolveLocalized(venue.address, locale)?.value;
    return address === undefined ? undefined : { type: 'address', address };
  }
  const place = places.get(venue.siteId);
  return place ? { type: 'place', name: place.name, href: placePagePath(locale, place), address: place.address } : undefined;
}

function locationFacts(session: EventSession, places: Map<string, SiteSummary>, locale: Locale, absolute: (path: string) => string): EventLocationFacts | undefined {
  const venue = session.venue;
  const locality = session.city ? resolveLocalized(session.city, locale)?.value : undefined;
  if (venue?.type === 'online') return { type: 'online', url: venue.url };
  if (venue?.type === 'site') {
    const place = places.get(venue.siteId);
    if (place) return { type: 'place', name: place.name, streetAddress: place.address, locality, coordinates: place.coordinates, url: absolute(placePagePath(locale, place)) };
  }
  if (venue?.type === 'address') {
    const address = resolveLocalized(venue.address, locale)?.value ?? locality ?? '';
    return { type: 'place', name: address, streetAddress: address, locality, coordinates: venue.coordinates };
  }
  return locality === undefined ? undefined : { type: 'place', name: locality, locality };
}

/**
 * Sends an event's page in `locale`: the public page, or with `options.preview` the same page marked as a draft,
 * never cached and never indexed (see preview/), so a draft looks exactly as it will once published.
 */
export async function sendEventPage(site: SiteContext, res: Response, locale: Locale, event: EventView, options: ItemPageOptions = {}): Promise<void> {
  const absolute = (path: string) => new URL(path, site.siteUrl).href;
  const t = messagesFor(locale);
  const served = event.servedLocale;
  const text = event.translations[served];
  if (!text) throw new Error(`The API served event ${event.slug} in ${served} without a text in it`);
  const now = site.now();
  // Every picture on the page, each read once: the event's own and the description's.
  const [places, images] = await Promise.all([
    findVenuePlaces(site.api, event.schedule, locale),
    loadImages(site, [...(event.image ? [event.image.mediaId] : []), ...imageIdsIn(text.description)]),
  ]);
  const path = eventPagePath(locale, event);
  const steps: BreadcrumbStep[] = [
    { name: t.home, path: `/${locale}/` },
    { name: t.eventsHeading, path: eventsCalendarPath(locale) },
    { name: text.title, path },
  ];
  const sessions: SessionView[] = event.schedule.map((session) => ({
    span: { allDay: session.allDay, start: session.start, end: session.end },
    zone: zoneLabel(session.timeZone, locale, now),
    recurrence: describeRecurrence(session, locale),
    city: session.city ? resolveLocalized(session.city, locale)?.value : undefined,
    venue: venueView(session, places, locale),
  }));
  const shown = occurrencesToShow(event.schedule, now, datesShown);
  const next = shown.occurrences[0];
  const ownLocales = siteLocales.locales.filter((l) => event.translations[l]?.status === 'published');
  const image = event.image ? placedImage(event.image, images, locale) : undefined;
  // Previews and search results take one address: the widest rendition, in a format every reader of og:image takes.
  const imageUrl = image ? absolute(pictureSources(image.image).img.src) : undefined;
  const price = event.price;
  const meta: PageMeta = {
    canonicalPath: path,
    alternates: Object.fromEntries(ownLocales.map((l) => [l, eventPagePath(l, event)])),
    ogType: 'website',
    imageUrl,
    imageAlt: image?.alt || undefined,
    jsonLd: [
      eventJsonLd({
        url: absolute(path),
        name: text.title,
        description: text.summary,
        inLanguage: served,
        // The next occurrence (or the first, once it is all over), written on the event's own clock with its offset.
        startDate: next ? (next.allDay ? spanOf(next).start : next.start) : event.schedule[0]?.start ?? '',
        endDate: next ? (next.allDay ? spanOf(next).end : next.end) : undefined,
        status: event.eventStatus,
        locations: [...new Map(event.schedule.flatMap((s) => locationFacts(s, places, locale, absolute) ?? []).map((l) => [JSON.stringify(l), l])).values()],
        imageUrls: imageUrl ? [imageUrl] : [],
        organizer: resolveLocalized(event.organiser, locale)?.value,
        offers: price ? { isFree: price.isFree, min: price.min, max: price.max, currency: price.currency, url: event.ticketUrl ?? undefined } : undefined,
      }),
      breadcrumbListJsonLd(steps.map((s) => ({ name: s.name, url: absolute(s.path) }))),
    ],
  };
  const bodyHtml = richTextToHtml(text.description, { siteOrigin: site.siteUrl, image: bodyImageOf(images, locale, '(min-width: 48rem) 46rem, 100vw') });
  const page = asPreviewWhenAsked(res, frameOf(site, locale, (other) => eventPagePath(other, event)), meta, options, site.timeZone);
  const dates = isRepeating(event.schedule)
    ? { spans: shown.occurrences.map((o) => ({ span: spanOf(o), zone: zoneLabel(o.timeZone, locale, new Date(o.startsAt)) })), isPast: shown.isPast }
    : undefined;
  const element = createElement(EventPage, { frame: page.frame, event, trail: steps, bodyHtml, image, meta: page.meta, sessions, dates, icsPath: eventICalendarPath(locale, event) });
  if (options.preview) sendPage(res, 200, element);
  else sendCacheablePage(res, element, site.pageCache);
}
