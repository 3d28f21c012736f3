import {
  AppError,
  type DayCounts,
  type EventCategory,
  type EventListQuerySchema,
  type EventOccurrence,
  type EventOccurrencePage,
  type EventSession,
  type EventView,
  type Occurrence,
  countOccurrencesByDay,
  expandOccurrences,
  localeChain,
  maxOccurrenceLimit,
} from '@kraina/core';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { nowIso, startOfDayInZone, toStoredInstant } from '../content/clock.js';
import type { ContentSettings } from '../content/content-settings.js';
import { toPublicView } from '../content/public-view.js';
import { isVisibleIn } from '../content/visibility.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database } from '../db/database.js';
import { loadEvents, sessionFromRow } from './event-rows.js';

type ListQuery = z.output<typeof EventListQuerySchema>;

/** The filters of the events calendar without paging, as the open-data exports take them. */
export type EventFilters = Omit<ListQuery, 'cursor' | 'limit' | 'locale'>;

/** An event and which of its sessions match a filter, for exports that write each session as a recurring entry. */
export interface ExportedEvent {
  event: EventView;
  sessionIndexes: number[];
}

/** How far the calendar looks ahead when the reader names no end: a month of upcoming events. */
const defaultRangeDays = 31;
/** The most occurrences one export holds; a calendar file bigger than this is no longer read by people. */
const exportLimit = 10_000;

/** Where a calendar page ends: the last occurrence's start, event and session, in the order the list is sorted. */
interface OccurrenceKey {
  startsAtMs: number;
  eventId: string;
  sessionIndex: number;
}

interface Found {
  key: OccurrenceKey;
  occurrence: Occurrence;
}

function compareKeys(a: OccurrenceKey, b: OccurrenceKey): number {
  return a.startsAtMs - b.startsAtMs || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0) || a.sessionIndex - b.sessionIndex;
}

function encodeOccurrenceCursor(key: OccurrenceKey): string {
  return encodeCursor({ at: new Date(key.startsAtMs).toISOString(), id: `${key.eventId}~${key.sessionIndex}` });
}

function decodeOccurrenceCursor(cursor: string): OccurrenceKey {
  const { at, id } = decodeCursor(cursor);
  const match = /^([0-9a-f-]{36})~(\d{1,3})$/.exec(id);
  const startsAtMs = Date.parse(at);
  if (match && Number.isFinite(startsAtMs)) return { startsAtMs, eventId: match[1] as string, sessionIndex: Number(match[2]) };
  throw new AppError('invalid-input', 'The cursor is not one this API made', {
    issues: [{ pointer: '#/query/cursor', detail: 'Must be the nextCursor of a previous page' }],
  });
}

/**
 * The first `need` occurrences of one session in `range` that come after `after`, in list order. The core expands
 * the earliest occurrences first, including ones that started before the range and still run; those before the
 * cursor are dropped, so the expansion limit grows until enough remain or the session has no more.
 */
function sessionOccurrences(session: EventSession, range: { from: string; to: string }, need: number, isWanted: (key: OccurrenceKey) => boolean, keyOf: (o: Occurrence) => OccurrenceKey): Found[] {
  for (let limit = Math.min(need + 16, maxOccurrenceLimit); ; limit = Math.min(limit * 4, maxOccurrenceLimit)) {
    const expanded = expandOccurrences([session], range, { limit });
    const kept = expanded.flatMap((occurrence) => {
      const key = keyOf(occurrence);
      return isWanted(key) ? [{ key, occurrence }] : [];
    });
    if (kept.length >= need || expanded.length < limit || limit === maxOccurrenceLimit) return kept.slice(0, need);
  }
}

/** Whether a session happens exactly once: no rule, no extra dates, no exceptions. */
function isOneOff(session: EventSession): boolean {
  return session.rrule === undefined && session.rdates === undefined && session.exdates === undefined;
}

/**
 * The occurrence of an event whose only session happens once, read from its stored span, which `eventSpan` computes
 * exactly for such a session: the month counts skip expanding the (many) one-off events, as costly as anything
 * the calendar does. Only the fields the day count reads are true to the zone; it never leaves this module.
 */
function oneOffOccurrence(session: EventSession, startsAt: string, endsAt: string): Occurrence {
  return {
    sessionIndex: 0,
    start: startsAt,
    end: endsAt,
    startsAt,
    endsAt,
    allDay: session.allDay,
    timeZone: session.timeZone,
    localDate: session.start.slice(0, 10),
    ...(session.allDay ? { startDate: session.start, endDate: session.end } : {}),
  };
}

/** Public reads of events: published only, expanded into occurrences, in the reader's locale along its chain. */
export function createEventQueries({ db }: Database, settings: ContentSettings) {
  const chainOf = (locale: string) => localeChain(locale, settings.locales);

  async function views(ids: readonly string[], locale: string): Promise<EventView[]> {
    return (await loadEvents(db, ids)).map((event) => toPublicView(event, locale, settings));
  }

  /** The sessions that may have occurrences in a range, read through the stored span so only candidates are loaded. */
  async function candidateSessions(range: { from: string; to: string }, filters: Pick<EventFilters, 'category' | 'region' | 'eventStatus'>, locale: string) {
    let select = db
      .selectFrom('event_sessions as s')
      .innerJoin('events as e', 'e.id', 's.event_id')
      .selectAll('s')
      .select(['e.first_starts_at', 'e.last_ends_at'])
      .where('e.status', '=', 'published')
      .where('e.first_starts_at', '<', range.to)
      // `>=`, not `>`: an occurrence of no length at `from` is still in the range.
      .where((eb) => eb.or([eb('e.last_ends_at', 'is', null), eb('e.last_ends_at', '>=', range.from)]))
      .where(isVisibleIn('event_translations', sql.ref('e.id'), chainOf(locale)));
    if (filters.category !== undefined) select = select.where('e.category', '=', filters.category);
    if (filters.eventStatus !== undefined) select = select.where('e.event_status', '=', filters.eventStatus);
    if (filters.region !== undefined) select = select.where('s.region', '=', filters.region);
    // Earliest possible start first, so a page can stop reading once no later event can reach it.
    const rows = await select.orderBy('e.first_starts_at').orderBy('e.id').orderBy('s.position').execute();
    return rows.map((row) => ({
      eventId: row.event_id,
      position: row.position,
      session: sessionFromRow(row),
      span: { firstStartsAt: row.first_starts_at, lastEndsAt: row.last_ends_at },
    }));
  }

  /** Whether a session is in the city a reader typed: its name in any locale of the reader's chain, in any case. */
  function isInCity(session: EventSession, city: string | undefined, locale: string): boolean {
    if (city === undefined) return true;
    const wanted = city.trim().toLowerCase();
    return chainOf(locale).some((l) => session.city?.[l]?.trim().toLowerCase() === wanted);
  }

  /** The first `need` occurrences matching the filters in a range, after a cursor, in list order. */
  async function findOccurrences(range: { from: string; to: string }, filters: EventFilters, locale: string, need: number, after?: OccurrenceKey): Promise<Found[]> {
    // After a cursor nothing before its start can follow, so the range (and the candidates) start there.
    const scan = after && after.startsAtMs > Date.parse(range.from) ? { from: new Date(after.startsAtMs).toISOString(), to: range.to } : range;
    if (Date.parse(scan.from) >= Date.parse(scan.to)) return [];
    const isWanted = (key: OccurrenceKey) => after === undefined || compareKeys(key, after) > 0;
    let found: Found[] = [];
    let cutoffMs = Number.POSITIVE_INFINITY; // the start of the need-th occurrence so far
    const keepEarliest = () => {
      found = found.sort((a, b) => compareKeys(a.key, b.key)).slice(0, need);
      if (found.length === need) cutoffMs = found[need - 1]?.key.startsAtMs ?? cutoffMs;
    };
    for (const { eventId, position, session, span } of await candidateSessions(scan, filters, locale)) {
      // Candidates come by their earliest start: once one starts after a full page's last occurrence, so do the rest.
      if (Date.parse(span.firstStartsAt) > cutoffMs) break;
      if (!isInCity(session, filters.city, locale)) continue;
      const keyOf = (o: Occurrence): OccurrenceKey => ({ startsAtMs: Date.parse(o.startsAt), eventId, sessionIndex: position });
      const own = sessionOccurrences(session, scan, need, isWanted, keyOf);
      found.push(...own.map(({ key, occurrence }) => ({ key, occurrence: { ...occurrence, sessionIndex: position } })));
      if (found.length >= 2 * need || (cutoffMs === Number.POSITIVE_INFINITY && found.length >= need)) keepEarliest();
    }
    keepEarliest();
    return found;
  }

  function rangeOf(query: Pick<ListQuery, 'from' | 'to'>): { from: string; to: string } {
    const from = toStoredInstant(query.from ?? nowIso());
    const to = query.to === undefined ? new Date(Date.parse(from) + defaultRangeDays * 86_400_000).toISOString() : toStoredInstant(query.to);
    return { from, to };
  }

  async function withEvents(found: readonly Found[], locale: string): Promise<EventOccurrence[]> {
    const events = new Map((await views([...new Set(found.map((f) => f.key.eventId))], locale)).map((e) => [e.id, e]));
    return found.flatMap((f) => {
      const event = events.get(f.key.eventId);
      return event ? [{ ...f.occurrence, event }] : [];
    });
  }

  return {
    /** A published event by its main slug or its slug in any locale; a draft answers as if absent. */
    async findPublishedBySlug(slug: string, locale: string): Promise<EventView | undefined> {
      const row = await db
        .selectFrom('events as e')
        .select('e.id')
        .where('e.status', '=', 'published')
        .where((eb) =>
          eb.or([
            eb('e.slug', '=', slug),
            eb.exists(eb.selectFrom('event_translations as t').select('t.event_id').whereRef('t.event_id', '=', 'e.id').where('t.slug', '=', slug)),
          ]),
        )
        .where(isVisibleIn('event_translations', sql.ref('e.id'), chainOf(locale)))
        .limit(1)
        .executeTakeFirst();
      return row ? (await views([row.id], locale))[0] : undefined;
    },

    /**
     * The calendar: every occurrence overlapping `[from, to)` (default: from now, 31 days), by start, then event and
     * session. An occurrence already running at `from` is included. Filters apply per session, so a touring show is
     * listed only for the cities asked for.
     */
    async listOccurrences(query: ListQuery, locale: string): Promise<EventOccurrencePage> {
      const after = query.cursor === undefined ? undefined : decodeOccurrenceCursor(query.cursor);
      const found = await findOccurrences(rangeOf(query), query, locale, query.limit + 1, after);
      const page = found.slice(0, query.limit);
      const last = page.at(-1);
      return { items: await withEvents(page, locale), nextCursor: found.length > query.limit && last ? encodeOccurrenceCursor(last.key) : null };
    },

    /** How many occurrences run on each day of a month in the portal's zone; a multi-day one counts on every day. */
    async countByDay(query: { year: number; month: number; category?: EventCategory | undefined }, locale: string): Promise<DayCounts> {
      const first = Temporal.PlainDate.from({ year: query.year, month: query.month, day: 1 });
      const last = first.add({ months: 1 }).subtract({ days: 1 });
      const range = { from: startOfDayInZone(first.toString(), settings.timeZone), to: startOfDayInZone(first.add({ months: 1 }).toString(), settings.timeZone) };
      const filters = query.category === undefined ? {} : { category: query.category };
      const candidates = await candidateSessions(range, filters, locale);
      const sessionsOf = new Map<string, number>();
      for (const { eventId } of candidates) sessionsOf.set(eventId, (sessionsOf.get(eventId) ?? 0) + 1);
      const occurrences = candidates.flatMap(({ eventId, session, span }) =>
        sessionsOf.get(eventId) === 1 && isOneOff(session) && span.lastEndsAt !== null
          ? [oneOffOccurrence(session, span.firstStartsAt, span.lastEndsAt)]
          : expandOccurrences([session], range, { limit: maxOccurrenceLimit }),
      );
      const days = countOccurrencesByDay(occurrences, settings.timeZone, { from: first.toString(), to: last.toString() });
      return { year: query.year, month: query.month, days };
    },

    /** Every occurrence matching the filters, in calendar order, up to ten thousand: for CSV downloads. */
    async listOccurrencesForExport(filters: EventFilters, locale: string): Promise<EventOccurrence[]> {
      return withEvents(await findOccurrences(rangeOf(filters), filters, locale, exportLimit), locale);
    },

    /** The events with an occurrence matching the filters, each with the sessions that match: for iCalendar feeds. */
    async listEventsForExport(filters: EventFilters, locale: string): Promise<ExportedEvent[]> {
      const range = rangeOf(filters);
      if (Date.parse(range.from) >= Date.parse(range.to)) return [];
      const matching = new Map<string, number[]>();
      for (const { eventId, position, session } of await candidateSessions(range, filters, locale)) {
        if (!isInCity(session, filters.city, locale) || expandOccurrences([session], range, { limit: 1 }).length === 0) continue;
        matching.set(eventId, [...(matching.get(eventId) ?? []), position]);
      }
      const events = await views([...matching.keys()], locale);
      return events
        .map((event) => ({ event, sessionIndexes: (matching.get(event.id) ?? []).sort((a, b) => a - b) }))
        .sort((a, b) => (a.event.slug < b.event.slug ? -1 : 1));
    },
  };
}
