import { type EventOccurrence, type LocaleSettings, resolveLocalized } from '@kraina/core';
import { eventUrl } from './public-urls.js';
import { toCsv } from './spreadsheet-cell.js';

const columns = [
  'id',
  'event_id',
  'session_index',
  'slug',
  'title',
  'locale',
  'category',
  'event_status',
  'start',
  'end',
  'starts_at_utc',
  'ends_at_utc',
  'all_day',
  'time_zone',
  'city',
  'region',
  'url',
] as const;

/**
 * The calendar as CSV, one row per occurrence. Its id (event, session and start) is stable as long as the event
 * keeps that date; `start` and `end` are wall-clock times with the zone's offset, `*_utc` the same instants in UTC.
 */
export function eventOccurrencesToCsv(occurrences: readonly EventOccurrence[], options: { locale: string; baseUrl: string; locales: LocaleSettings }): string {
  return toCsv(
    columns,
    occurrences.map((occurrence) => {
      const { event } = occurrence;
      return {
        id: `${event.id}/${occurrence.sessionIndex}/${occurrence.startsAt}`,
        event_id: event.id,
        session_index: occurrence.sessionIndex,
        slug: event.slug,
        title: event.translations[event.servedLocale]?.title ?? event.slug,
        locale: event.servedLocale,
        category: event.category,
        event_status: event.eventStatus,
        start: occurrence.allDay ? occurrence.startDate : occurrence.start,
        end: occurrence.allDay ? occurrence.endDate : occurrence.end,
        starts_at_utc: occurrence.startsAt,
        ends_at_utc: occurrence.endsAt,
        all_day: occurrence.allDay,
        time_zone: occurrence.timeZone,
        city: resolveLocalized(occurrence.city, options.locale, options.locales)?.value,
        region: occurrence.region,
        url: eventUrl(options.baseUrl, options.locale, event),
      };
    }),
  );
}
