import { type EventSession, type EventView, type LocaleSettings, type SiteView, resolveLocalized } from '@kraina/core';
import ical, { type ICalEventData, ICalEventStatus, type ICalLocation } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import type { ExportedEvent } from '../event/event-queries.js';
import { eventUrl } from './public-urls.js';
import { vtimezone } from './vtimezone.js';

// Each session of an event is one VEVENT: its first occurrence as DTSTART/DTEND in the session's own zone (TZID),
// its recurrence as RRULE, RDATE and EXDATE, so a subscriber's calendar expands it, and keeps 15:00 at 15:00
// across DST, exactly as the portal does. The UID is the event's id and the session's index: stable while the
// event lives, so a subscription updates an entry instead of adding a second one.

/** How to write a calendar: for which reader, linking to which site, under what name. */
export interface ICalendarOptions {
  locale: string;
  locales: LocaleSettings;
  baseUrl: string;
  name: string;
  /** The catalogued places events are held at, to name them and put them on the map. */
  venues?: readonly SiteView[];
}

const statusOf: Record<EventView['eventStatus'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  'moved-online': ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE, // iCalendar has no "postponed"; the status note says so in the description
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * The calendar's name as one safe line. ical-generator escapes event properties but writes NAME and X-WR-CALNAME
 * as given, and a single event's calendar is named by its title: a line break there would start properties, or a
 * whole VEVENT, of the author's choosing in every subscriber's calendar.
 */
function calendarName(name: string): string {
  return name.replace(/\p{Cc}+/gu, ' ').replace(/[\\;,]/g, (c) => `\\${c}`).trim();
}

function compactDate(value: string): string {
  return Temporal.PlainDate.from(value.slice(0, 10)).toString().replaceAll('-', '');
}

function compactDateTime(value: string): string {
  return Temporal.PlainDateTime.from(value).toString({ smallestUnit: 'second' }).replaceAll('-', '').replaceAll(':', '');
}

/**
 * The session's rule as RFC 5545 wants it beside its DTSTART: a timed series (TZID) must end at a UTC UNTIL, so a
 * last day ("UNTIL=20261231", inclusive in the session's zone) becomes its last second in UTC; an all-day series
 * (VALUE=DATE) must end at a date.
 */
function ruleFor(session: EventSession, rule: string): string {
  return rule
    .split(';')
    .map((part) => {
      if (!part.startsWith('UNTIL=')) return part;
      const until = part.slice('UNTIL='.length);
      if (session.allDay) return `UNTIL=${until.slice(0, 8)}`;
      if (until.includes('T')) return part;
      const nextDay = Temporal.PlainDate.from(`${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`).add({ days: 1 });
      const lastSecond = nextDay.toZonedDateTime(session.timeZone).toInstant().subtract({ seconds: 1 });
      return `UNTIL=${lastSecond.toString({ smallestUnit: 'second' }).replaceAll('-', '').replaceAll(':', '')}`;
    })
    .join(';');
}

/** RRULE, RDATE and EXDATE lines of a session, or null for a single occurrence. */
function recurrenceOf(session: EventSession): string | null {
  const rdates = session.rdates ?? [];
  const exdates = session.exdates ?? [];
  if (session.rrule === undefined && rdates.length === 0) return null;
  const list = (name: string, values: readonly string[]) =>
    session.allDay ? `${name};VALUE=DATE:${values.map(compactDate).join(',')}` : `${name};TZID=${session.timeZone}:${values.map(compactDateTime).join(',')}`;
  // Kraina always counts the first occurrence, even off the rule's pattern, where RFC 5545 leaves that undefined:
  // repeating it as an RDATE makes every client agree (a date produced twice counts once). A session with extra
  // dates but no rule gets the one-occurrence rule RFC 5545 needs before RDATE lines.
  const lines = [`RRULE:${session.rrule === undefined ? 'FREQ=DAILY;COUNT=1' : ruleFor(session, session.rrule)}`, list('RDATE', [...new Set([session.start, ...rdates])])];
  if (exdates.length > 0) lines.push(list('EXDATE', exdates));
  return lines.join('\r\n');
}

function locationOf(session: EventSession, options: ICalendarOptions, venues: ReadonlyMap<string, SiteView>): ICalLocation | null {
  const city = resolveLocalized(session.city, options.locale, options.locales)?.value;
  const venue = session.venue;
  const withCity = (title: string | undefined) => [title, city].filter((part): part is string => part !== undefined && part !== '').join(', ');
  if (venue?.type === 'site') {
    const place = venues.get(venue.siteId);
    const text = place?.translations[place.servedLocale];
    const title = withCity([text?.name, text?.address].filter(Boolean).join(', ') || undefined);
    if (place) return { title: title || place.slug, geo: { lat: place.coordinates.lat, lon: place.coordinates.lng } };
  }
  if (venue?.type === 'address') {
    const title = withCity(resolveLocalized(venue.address, options.locale, options.locales)?.value);
    return venue.coordinates ? { title, geo: { lat: venue.coordinates.lat, lon: venue.coordinates.lng } } : { title };
  }
  if (venue?.type === 'online') return { title: venue.url };
  return city === undefined ? null : { title: city };
}

/** The events as an iCalendar (RFC 5545) document: one recurring VEVENT per matching session, cancelled ones marked so. */
export function eventsToICalendar(entries: readonly ExportedEvent[], options: ICalendarOptions): string {
  const venues = new Map((options.venues ?? []).map((place) => [place.id, place]));
  const host = new URL(options.baseUrl).host;
  const sessions = entries.flatMap(({ event, sessionIndexes }) => sessionIndexes.flatMap((index) => (event.schedule[index] ? [{ event, index, session: event.schedule[index] }] : [])));
  const years = sessions.map(({ session }) => Number(session.start.slice(0, 4)));
  // Zones are written for the years the entries start in and a few after, which covers what subscribers look at.
  const fromYear = years.length === 0 ? 2000 : Math.min(...years);
  const toYear = (years.length === 0 ? 2000 : Math.max(...years)) + 5;
  const calendar = ical({
    name: calendarName(options.name),
    prodId: { company: 'Kraina', product: 'events', language: options.locale.toUpperCase() },
    timezone: { name: null, generator: (zone) => vtimezone(zone, fromYear, toYear) },
  });
  for (const { event, index, session } of sessions) {
    // Without a rule or extra dates, an excluded first date leaves nothing to show.
    if (session.rrule === undefined && (session.rdates ?? []).length === 0 && (session.exdates ?? []).includes(session.start)) continue;
    const text = event.translations[event.servedLocale];
    const url = eventUrl(options.baseUrl, options.locale, event);
    const note = resolveLocalized(event.statusNote, options.locale, options.locales)?.value;
    const data: ICalEventData = {
      id: `${event.id}-${index}@${host}`,
      sequence: event.version,
      // The last change, not the time of the download, so an unchanged feed is byte for byte the same.
      stamp: Temporal.Instant.from(event.updatedAt),
      lastModified: Temporal.Instant.from(event.updatedAt),
      summary: text?.title ?? event.slug,
      description: [note, text?.summary, url].filter((part) => part !== undefined && part !== '').join('\n\n'),
      url,
      status: statusOf[event.eventStatus],
      categories: [{ name: event.category }],
      location: locationOf(session, options, venues),
      repeating: recurrenceOf(session),
      ...(session.allDay
        ? { allDay: true, start: Temporal.PlainDate.from(session.start), end: Temporal.PlainDate.from(session.end).add({ days: 1 }) }
        : { timezone: session.timeZone, start: Temporal.PlainDateTime.from(session.start), end: Temporal.PlainDateTime.from(session.end) }),
    };
    calendar.createEvent(data);
  }
  return calendar.toString();
}
