import { AppError, type EventView } from '@kraina/core';
import type { Request } from 'express';
import type { Config } from '../config.js';
import type { ContentSettings } from '../content/content-settings.js';
import type { ContentStores } from '../content/content-stores.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import type { ExportedEvent } from '../event/event-queries.js';
import { eventOccurrencesToCsv } from './events-csv.js';
import { eventsToICalendar } from './events-icalendar.js';
import { placesToCsv } from './places-csv.js';
import { placesToGeoJson } from './places-geojson.js';

type OpenDataHandlers = Pick<
  ContractHandlers,
  'downloadSitesGeoJson' | 'downloadSitesCsv' | 'downloadEventsCsv' | 'downloadEventsICalendar' | 'getEventICalendar'
>;

/** The setting the downloads read: where the portal is public, for the links in each record. */
export type OpenDataConfig = Pick<Config, 'PUBLIC_API_URL'>;

/**
 * The open-data downloads: the places catalogue as GeoJSON and CSV, the calendar as CSV and iCalendar, one event
 * as iCalendar. Published content only, as the JSON lists show it, under the same filters. Each handler names the
 * file (Content-Disposition) and returns its content; mountContract sends it in the route's media type, with the
 * ETag, cache headers and response cache of every public read.
 */
export function openDataHandlers(stores: Pick<ContentStores, 'sites' | 'events'>, settings: ContentSettings, config: OpenDataConfig): OpenDataHandlers {
  // Records link to their pages on the public site, which shares the API's public origin (web serves /{locale}/…,
  // the API /api/…). Without PUBLIC_API_URL, in development, the request's own origin stands in, if it is one.
  const baseUrlOf = (req: Request): string => {
    if (config.PUBLIC_API_URL !== undefined) return config.PUBLIC_API_URL;
    const origin = `${req.protocol}://${req.get('host') ?? ''}`;
    return URL.canParse(origin) ? new URL(origin).origin : 'http://localhost';
  };

  /** The catalogued places the matching sessions are held at, so the calendar can name them and map them. */
  function venuesOf(entries: readonly ExportedEvent[], locale: string) {
    const siteIds = entries.flatMap(({ event, sessionIndexes }) =>
      sessionIndexes.flatMap((index) => {
        const venue = event.schedule[index]?.venue;
        return venue?.type === 'site' ? [venue.siteId] : [];
      }),
    );
    return stores.sites.findPublishedByIds(siteIds, locale);
  }

  async function iCalendarOf(entries: readonly ExportedEvent[], options: { name: string; locale: string; baseUrl: string }): Promise<string> {
    const venues = await venuesOf(entries, options.locale);
    return eventsToICalendar(entries, { ...options, locales: settings.locales, venues });
  }

  return {
    downloadSitesGeoJson: async (context) => {
      const places = await stores.sites.listForExport(context.query, context.locale);
      const collection = placesToGeoJson(places, { locale: context.locale, baseUrl: baseUrlOf(context.req) });
      context.res.attachment('places.geojson');
      return collection;
    },

    downloadSitesCsv: async (context) => {
      const places = await stores.sites.listForExport(context.query, context.locale);
      const csv = placesToCsv(places, { locale: context.locale, baseUrl: baseUrlOf(context.req) });
      context.res.attachment('places.csv');
      return csv;
    },

    downloadEventsCsv: async (context) => {
      const occurrences = await stores.events.listOccurrencesForExport(context.query, context.locale);
      const csv = eventOccurrencesToCsv(occurrences, { locale: context.locale, locales: settings.locales, baseUrl: baseUrlOf(context.req) });
      context.res.attachment('events.csv');
      return csv;
    },

    downloadEventsICalendar: async (context) => {
      const entries = await stores.events.listEventsForExport(context.query, context.locale);
      const baseUrl = baseUrlOf(context.req);
      const calendar = await iCalendarOf(entries, { name: `Events · ${new URL(baseUrl).host}`, locale: context.locale, baseUrl });
      context.res.attachment('events.ics');
      return calendar;
    },

    getEventICalendar: async (context) => {
      const { params, locale } = context;
      const event = await stores.events.findPublishedBySlug(params.slug, locale);
      // 404 rather than 403 for drafts, as getEvent answers: telling a stranger a draft exists already leaks it.
      if (!event) throw new AppError('not-found', `No event "${params.slug}" is published`);
      const calendar = await iCalendarOf([everySession(event)], { name: titleOf(event), locale, baseUrl: baseUrlOf(context.req) });
      context.res.attachment(`${event.slug}.ics`);
      return calendar;
    },
  };
}

/** An event with all its sessions, as "add to calendar" wants it: every date, not only those in a range. */
function everySession(event: EventView): ExportedEvent {
  return { event, sessionIndexes: event.schedule.map((_, index) => index) };
}

function titleOf(event: EventView): string {
  return event.translations[event.servedLocale]?.title ?? event.slug;
}
