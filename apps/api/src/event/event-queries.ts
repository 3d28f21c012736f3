import {
  AppError,
  type DayCounts,
  type EventCategory,
  type EventListQuerySchema,
  type EventOccurrence,
  type EventOccurrencePage,
  type EventSession,
  type EventView,
  type LocalizedString,
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
import { idsWithSlug } from '../content/slug-lookup.js';
import { isVisibleIn } from '../content/visibility.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database } from '../db/database.js';
import { loadEvents } from './event-rows.js';
import { type Found, type InstantRange, type MonthDays, type OccurrenceKey, compareKeys, createStoredOccurrences } from './stored-occurrences.js';

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
/** How many stored occurrences a page filtered by city reads at a time, since most of them are elsewhere. */
const cityBatch = 500;

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
function sessionOccurrences(session: EventSession, range: InstantRange, need: number, isWanted: (key: OccurrenceKey) => boolean, keyOf: (o: Occurrence) => OccurrenceKey): Found[] {
  for (let limit = Math.min(need + 16, maxOccurrenceLimit); ; limit = Math.min(limit * 4, maxOccurrenceLimit)) {
    const expanded = expandOccurrences([session], range, { limit });
    const kept = expanded.flatMap((occurrence) => {
      const key = keyOf(occurrence);
      return isWanted(key) ? [{ key, occurrence }] : [];
    });
    if (kept.length >= need || expanded.length < limit || limit === maxOccurrenceLimit) return kept.slice(0, need);
  }
}

/** The days of a month in a zone, with the instant each begins and, last, the instant the next month begins. */
function monthDays(year: number, month: number, timeZone: string): MonthDays {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  const days = Array.from({ length: first.daysInMonth }, (_, index) => first.add({ days: index }).toString());
  const starts = [...days, first.add({ months: 1 }).toString()].map((day) => startOfDayInZone(day, timeZone));
  return { days, starts };
}

/** Adds `count` to each day of the month from `firstDay` to `lastDay`, both inclusive, where they overlap it. */
function addToDays(counts: Map<string, number>, days: readonly string[], firstDay: string, lastDay: string, count: number): void {
  const from = firstDay < (days[0] as string) ? 0 : days.indexOf(firstDay);
  const to = lastDay > (days.at(-1) as string) ? days.length - 1 : days.indexOf(lastDay);
  if (from === -1 || to === -1) return; // entirely outside the month
  for (let index = from; index <= to; index += 1) {
    const day = days[index] as string;
    counts.set(day, (counts.get(day) ?? 0) + count);
  }
}

/** Public reads of events: published only, as occurrences, in the reader's locale along its chain. */
export function createEventQueries({ db }: Database, settings: ContentSettings) {
  const chainOf = (locale: string) => localeChain(locale, settings.locales);
  const stored = createStoredOccurrences(db);

  async function views(ids: readonly string[], locale: string): Promise<EventView[]> {
    return (await loadEvents(db, ids)).map((event) => toPublicView(event, locale, settings));
  }

  /** Whether a session is in the city a reader typed: its name in any locale of the reader's chain, in any case. */
  function isInCity(sessionCity: LocalizedString | undefined, city: string | undefined, locale: string): boolean {
    if (city === undefined) return true;
    const wanted = city.trim().toLowerCase();
    return chainOf(locale).some((l) => sessionCity?.[l]?.trim().toLowerCase() === wanted);
  }

  /** The first `need` stored occurrences matching the filters in a range, after a cursor, in list order. */
  async function storedOccurrences(range: InstantRange, filters: EventFilters, locale: string, need: number, after?: OccurrenceKey): Promise<Found[]> {
    // The city is matched on the rows that come back, so a filtered page reads on, in larger steps, until it has enough.
    const batch = filters.city === undefined ? need : Math.max(need, cityBatch);
    const found: Found[] = [];
    for (let key = after; ; ) {
      const rows = await stored.page(range, filters, chainOf(locale), key, batch);
      found.push(...rows.filter((row) => isInCity(row.occurrence.city, filters.city, locale)));
      key = rows.at(-1)?.key;
      if (rows.length < batch || found.length >= need) return found.slice(0, need);
    }
  }

  /** The first `need` occurrences per session that lie beyond what is stored, matching the filters, after a cursor. */
  async function expandedOccurrences(range: InstantRange, filters: EventFilters, locale: string, need: number, after?: OccurrenceKey): Promise<Found[]> {
    const found: Found[] = [];
    for (const { eventId, position, session, storedUntilMs } of await stored.unstoredSessions(range, filters, chainOf(locale))) {
      if (!isInCity(session.city, filters.city, locale)) continue;
      const keyOf = (o: Occurrence): OccurrenceKey => ({ startsAtMs: Date.parse(o.startsAt), eventId, sessionIndex: position });
      // Expanded over the whole range as before, keeping only what is not stored: the same walk gives the same answer.
      const isWanted = (key: OccurrenceKey) => key.startsAtMs >= storedUntilMs && (after === undefined || compareKeys(key, after) > 0);
      const own = sessionOccurrences(session, range, need, isWanted, keyOf);
      found.push(...own.map(({ key, occurrence }) => ({ key, occurrence: { ...occurrence, sessionIndex: position } })));
    }
    return found;
  }

  /** The first `need` occurrences matching the filters in a range, after a cursor, in list order. */
  async function findOccurrences(range: InstantRange, filters: EventFilters, locale: string, need: number, after?: OccurrenceKey): Promise<Found[]> {
    // After a cursor nothing before its start can follow, so the range starts there.
    const scan = after && after.startsAtMs > Date.parse(range.from) ? { from: new Date(after.startsAtMs).toISOString(), to: range.to } : range;
    if (Date.parse(scan.from) >= Date.parse(scan.to)) return [];
    const found = [...(await storedOccurrences(scan, filters, locale, need, after)), ...(await expandedOccurrences(scan, filters, locale, need, after))];
    return found.sort((a, b) => compareKeys(a.key, b.key)).slice(0, need);
  }

  function rangeOf(query: Pick<ListQuery, 'from' | 'to'>): InstantRange {
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
        .where('e.id', 'in', idsWithSlug('event', slug))
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
      const month = monthDays(query.year, query.month, settings.timeZone);
      const range = { from: month.starts[0] as string, to: month.starts.at(-1) as string };
      const filters = { category: query.category };
      const counts = new Map<string, number>();
      for (const { firstDay, lastDay, count } of await stored.countByDays(month, filters, chainOf(locale))) addToDays(counts, month.days, firstDay, lastDay, count);
      for (const { session, storedUntilMs } of await stored.unstoredSessions(range, filters, chainOf(locale))) {
        // As before: the session's earliest occurrences in the month, of which those not stored are counted here.
        const unstored = expandOccurrences([session], range, { limit: maxOccurrenceLimit }).filter((o) => Date.parse(o.startsAt) >= storedUntilMs);
        const days = countOccurrencesByDay(unstored, settings.timeZone, { from: month.days[0], to: month.days.at(-1) });
        for (const [day, count] of Object.entries(days)) addToDays(counts, month.days, day, day, count);
      }
      return { year: query.year, month: query.month, days: Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1))) };
    },

    /** Every occurrence matching the filters, in calendar order, up to ten thousand: for CSV downloads. */
    async listOccurrencesForExport(filters: EventFilters, locale: string): Promise<EventOccurrence[]> {
      return withEvents(await findOccurrences(rangeOf(filters), filters, locale, exportLimit), locale);
    },

    /** The events with an occurrence matching the filters, each with the sessions that match: for iCalendar feeds. */
    async listEventsForExport(filters: EventFilters, locale: string): Promise<ExportedEvent[]> {
      const range = rangeOf(filters);
      if (Date.parse(range.from) >= Date.parse(range.to)) return [];
      const matching = new Map<string, Set<number>>();
      const match = (eventId: string, sessionIndex: number) => matching.set(eventId, (matching.get(eventId) ?? new Set()).add(sessionIndex));
      for (const { eventId, sessionIndex, city } of await stored.sessionsIn(range, filters, chainOf(locale))) {
        if (isInCity(city, filters.city, locale)) match(eventId, sessionIndex);
      }
      // A stored occurrence in the range has already matched its session, so any occurrence the expansion finds will do.
      for (const { eventId, position, session } of await stored.unstoredSessions(range, filters, chainOf(locale))) {
        if (isInCity(session.city, filters.city, locale) && expandOccurrences([session], range, { limit: 1 }).length > 0) match(eventId, position);
      }
      const events = await views([...matching.keys()], locale);
      return events
        .map((event) => ({ event, sessionIndexes: [...(matching.get(event.id) ?? [])].sort((a, b) => a - b) }))
        .sort((a, b) => (a.event.slug < b.event.slug ? -1 : 1));
    },
  };
}
