import {
  type Event,
  type EventCategory,
  type EventSession,
  type EventStatus,
  type LocaleSettings,
  type Occurrence,
  countOccurrencesByDay,
  expandOccurrences,
  localeChain,
  maxOccurrenceLimit,
} from '@kraina/core';
import { Temporal } from 'temporal-polyfill';
import { startOfDayInZone } from '../content/clock.js';

// Test support: the events calendar as the API computed it before occurrences were stored, by expanding each listed
// session over the range asked for. Tests hold the stored path to it.

/** The calendar's filters, as a reader sends them. */
export interface CalendarFilters {
  category?: EventCategory;
  eventStatus?: EventStatus;
  region?: string;
  city?: string;
  venue?: string;
}

/** A range of instants, `from` included and `to` not. */
export interface CalendarRange {
  from: string;
  to: string;
}

function listedSessions(events: readonly Event[], locale: string, locales: LocaleSettings, filters: CalendarFilters) {
  const chain = localeChain(locale, locales);
  const isInCity = (session: EventSession) =>
    filters.city === undefined || chain.some((l) => session.city?.[l]?.trim().toLowerCase() === filters.city?.trim().toLowerCase());
  return events
    .filter((event) => event.status === 'published' && chain.some((l) => event.translations[l]?.status === 'published'))
    .filter((event) => (filters.category ?? event.category) === event.category && (filters.eventStatus ?? event.eventStatus) === event.eventStatus)
    .flatMap((event) => event.schedule.map((session, sessionIndex) => ({ eventId: event.id, sessionIndex, session })))
    .filter(({ session }) => (filters.region === undefined || session.region === filters.region) && isInCity(session))
    .filter(({ session }) => filters.venue === undefined || (session.venue?.type === 'site' && session.venue.siteId === filters.venue));
}

/** Every occurrence in a range of the events a reader may see, in calendar order: start, event, session. */
export function occurrencesByExpansion(events: readonly Event[], range: CalendarRange, locale: string, locales: LocaleSettings, filters: CalendarFilters = {}) {
  return listedSessions(events, locale, locales, filters)
    .flatMap(({ eventId, sessionIndex, session }) =>
      expandOccurrences([session], range, { limit: maxOccurrenceLimit }).map((occurrence): { eventId: string; occurrence: Occurrence } => ({
        eventId,
        occurrence: { ...occurrence, sessionIndex },
      })),
    )
    .sort(
      (a, b) =>
        Date.parse(a.occurrence.startsAt) - Date.parse(b.occurrence.startsAt) ||
        (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0) ||
        a.occurrence.sessionIndex - b.occurrence.sessionIndex,
    );
}

/** How many occurrences run on each day of a month in a zone. */
export function dayCountsByExpansion(events: readonly Event[], month: { year: number; month: number }, timeZone: string, locale: string, locales: LocaleSettings, category?: EventCategory) {
  const first = Temporal.PlainDate.from({ ...month, day: 1 });
  const range = { from: startOfDayInZone(first.toString(), timeZone), to: startOfDayInZone(first.add({ months: 1 }).toString(), timeZone) };
  const occurrences = occurrencesByExpansion(events, range, locale, locales, category === undefined ? {} : { category }).map((o) => o.occurrence);
  return countOccurrencesByDay(occurrences, timeZone, { from: first.toString(), to: first.add({ months: 1 }).subtract({ days: 1 }).toString() });
}

/** The sessions with an occurrence in a range, by event id, as the iCalendar export lists them. */
export function exportedSessionsByExpansion(events: readonly Event[], range: CalendarRange, locale: string, locales: LocaleSettings, filters: CalendarFilters = {}) {
  const sessions = new Map<string, number[]>();
  for (const { eventId, sessionIndex, session } of listedSessions(events, locale, locales, filters)) {
    if (expandOccurrences([session], range, { limit: 1 }).length > 0) sessions.set(eventId, [...(sessions.get(eventId) ?? []), sessionIndex]);
  }
  return sessions;
}
