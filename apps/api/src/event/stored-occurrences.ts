import type { EventCategory, EventSession, EventStatus, LocalizedString, Occurrence } from '@kraina/core';
import { type Expression, type Kysely, type RawBuilder, type Selectable, type SqlBool, expressionBuilder, sql } from 'kysely';
import { isVisibleIn } from '../content/visibility.js';
import { fromJson } from '../db/json.js';
import type { EventOccurrenceHorizonTable, EventOccurrenceTable, EventSessionTable, EventTable, Tables } from '../db/tables.js';
import { sessionFromRow } from './event-rows.js';
import { longOccurrenceMs } from './occurrence-rows.js';

// The SQL over event_occurrences (written by occurrence-rows.ts): pages of the calendar, the sessions an export
// names, the month's day counts, and the sessions whose occurrences lie partly beyond what is stored.

/** A span of stored instants (ISO UTC with milliseconds), `from` included and `to` not. */
export interface InstantRange {
  from: string;
  to: string;
}

/** The filters SQL applies; a city, typed in any case and locale, is matched by the caller on what comes back. */
export interface StoredFilters {
  category?: EventCategory | undefined;
  eventStatus?: EventStatus | undefined;
  region?: string | undefined;
  /** The id of the catalogued place a session is held at. */
  venue?: string | undefined;
}

/** Where a calendar page ends: the last occurrence's start, event and session, in the order the list is sorted. */
export interface OccurrenceKey {
  startsAtMs: number;
  eventId: string;
  sessionIndex: number;
}

/** An occurrence and its place in the calendar's order. */
export interface Found {
  key: OccurrenceKey;
  occurrence: Occurrence;
}

/** The days of a month in the portal's zone, and the instant each begins, with the next month's first after them. */
export interface MonthDays {
  days: string[];
  starts: string[];
}

/** A session stored only up to `storedUntilMs`, to be expanded from there on. */
export interface UnstoredSession {
  eventId: string;
  position: number;
  session: EventSession;
  storedUntilMs: number;
}

/** The calendar's order: by start, then event, then session. */
export function compareKeys(a: OccurrenceKey, b: OccurrenceKey): number {
  return a.startsAtMs - b.startsAtMs || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0) || a.sessionIndex - b.sessionIndex;
}

type Aliases = { e: EventTable; s: EventSessionTable; o: EventOccurrenceTable; h: EventOccurrenceHorizonTable };
const eb = expressionBuilder<Aliases, keyof Aliases>();

/** The one visibility rule and the filters: a published event with its text published in the reader's chain. */
function isListed(filters: StoredFilters, chain: readonly string[]): Expression<SqlBool> {
  return eb.and([
    eb('e.status', '=', 'published'),
    isVisibleIn('event_translations', eb.ref('e.id'), chain),
    ...(filters.category === undefined ? [] : [eb('e.category', '=', filters.category)]),
    ...(filters.eventStatus === undefined ? [] : [eb('e.event_status', '=', filters.eventStatus)]),
    ...(filters.region === undefined ? [] : [eb('s.region', '=', filters.region)]),
    ...(filters.venue === undefined ? [] : [eb('s.venue_site_id', '=', filters.venue)]),
  ]);
}

/**
 * The stored occurrences overlapping a range, as two conditions that each read one index: the long ones that began
 * before the look-back and still run (by end), then all that start from the look-back on. Every row of the first
 * starts before any row of the second, so the two, each in calendar order, follow one another in calendar order.
 */
function overlapParts(range: InstantRange): Expression<SqlBool>[] {
  const lookback = new Date(Date.parse(range.from) - longOccurrenceMs).toISOString();
  return [
    eb.and([eb('o.long_ends_at', '>', range.from), eb('o.starts_at', '<', lookback)]),
    eb.and([
      eb('o.starts_at', '>=', lookback),
      eb('o.starts_at', '<', range.to),
      // `>=`, not `>`: an occurrence of no length at `from` is still in the range.
      eb.or([eb('o.starts_at', '>=', range.from), eb('o.ends_at', '>', range.from)]),
    ]),
  ];
}

/** An instant as the expansion writes it: Temporal leaves out the fraction of a second, which occurrences never have. */
function asExpanded(storedInstant: string): string {
  return storedInstant.replace(/\.000Z$/, 'Z');
}

type PageRow = Selectable<EventSessionTable> & Pick<Selectable<EventOccurrenceTable>, 'starts_at' | 'ends_at' | 'start_in_zone' | 'end_in_zone' | 'start_date' | 'end_date'>;

/** A stored occurrence as the expansion would have described it, with its session's place. */
function storedFound(row: PageRow): Found {
  const session = sessionFromRow(row);
  const occurrence: Occurrence = {
    sessionIndex: row.position,
    start: row.start_in_zone,
    end: row.end_in_zone,
    startsAt: asExpanded(row.starts_at),
    endsAt: asExpanded(row.ends_at),
    allDay: session.allDay,
    timeZone: session.timeZone,
    localDate: row.start_in_zone.slice(0, 10),
  };
  if (row.start_date !== null && row.end_date !== null) {
    occurrence.startDate = row.start_date;
    occurrence.endDate = row.end_date;
  }
  if (session.venue !== undefined) occurrence.venue = session.venue;
  if (session.city !== undefined) occurrence.city = session.city;
  if (session.region !== undefined) occurrence.region = session.region;
  return { key: { startsAtMs: Date.parse(row.starts_at), eventId: row.event_id, sessionIndex: row.position }, occurrence };
}

/**
 * The day of the month on which an instant falls (`<`), or on which an exclusive end's last moment falls (`<=`),
 * clamped to the month. Halving the days at each step costs five comparisons a row instead of fifteen on average.
 */
function dayOfInstant(instant: RawBuilder<string>, month: MonthDays, comparison: '<' | '<=', first = 0, last = month.days.length - 1): RawBuilder<string> {
  if (first === last) return sql<string>`${month.days[first]}`;
  const middle = Math.ceil((first + last) / 2);
  const before = dayOfInstant(instant, month, comparison, first, middle - 1);
  const after = dayOfInstant(instant, month, comparison, middle, last);
  return sql<string>`case when ${instant} ${sql.raw(comparison)} ${month.starts[middle]} then ${before} else ${after} end`;
}

/** Reads of the stored occurrences of public events. */
export function createStoredOccurrences(db: Kysely<Tables>) {
  // Cross joins with the join condition in WHERE mean the same on both engines, but SQLite then keeps the tables in the
  // order written: occurrences read by the range's index, each event and session looked up. Left to itself, without
  // statistics, it guesses that few events are published and reads every published event's occurrences instead.
  function occurrencesWithEvents() {
    return db.selectFrom('event_occurrences as o').crossJoin('events as e').whereRef('e.id', '=', 'o.event_id');
  }

  function occurrencesWithSessions() {
    return occurrencesWithEvents()
      .crossJoin('event_sessions as s')
      .whereRef('s.event_id', '=', 'o.event_id')
      .whereRef('s.position', '=', 'o.session_index');
  }

  return {
    /** Up to `limit` stored occurrences overlapping a range after `after`, in calendar order. */
    async page(range: InstantRange, filters: StoredFilters, chain: readonly string[], after: OccurrenceKey | undefined, limit: number): Promise<Found[]> {
      const [stillRunning, starting] = overlapParts(range) as [Expression<SqlBool>, Expression<SqlBool>];
      const select = (overlap: Expression<SqlBool>) =>
        occurrencesWithSessions()
          .selectAll('s')
          .select(['o.starts_at', 'o.ends_at', 'o.start_in_zone', 'o.end_in_zone', 'o.start_date', 'o.end_date'])
          .where(overlap)
          .where(isListed(filters, chain));
      // The long ones are few, and read without an order or the cursor, which would tempt SQLite onto the index by start.
      const long = (await select(stillRunning).execute())
        .map(storedFound)
        .filter((found) => after === undefined || compareKeys(found.key, after) > 0)
        .sort((a, b) => compareKeys(a.key, b.key));
      if (long.length >= limit) return long.slice(0, limit);
      let rest = select(starting);
      if (after !== undefined) {
        const afterKey = eb.tuple(new Date(after.startsAtMs).toISOString(), after.eventId, after.sessionIndex);
        rest = rest.where(eb(eb.refTuple('o.starts_at', 'o.event_id', 'o.session_index'), '>', afterKey));
      }
      const rows = await rest.orderBy('o.starts_at').orderBy('o.event_id').orderBy('o.session_index').limit(limit - long.length).execute();
      return [...long, ...rows.map(storedFound)];
    },

    /** The sessions with a stored occurrence overlapping a range, with their cities. */
    async sessionsIn(range: InstantRange, filters: StoredFilters, chain: readonly string[]): Promise<{ eventId: string; sessionIndex: number; city: LocalizedString | undefined }[]> {
      const sessions = [];
      for (const overlap of overlapParts(range)) {
        const rows = await occurrencesWithSessions()
          .select(['o.event_id', 'o.session_index', 's.city_json'])
          .distinct()
          .where(overlap)
          .where(isListed(filters, chain))
          .execute();
        sessions.push(...rows.map((row) => ({ eventId: row.event_id, sessionIndex: row.session_index, city: fromJson<LocalizedString>(row.city_json) ?? undefined })));
      }
      return sessions;
    },

    /**
     * The stored occurrences overlapping a month, counted by the first and last day each covers: its own days when
     * all-day, else the days of the portal's zone its start and last moment fall on, clamped to the month.
     */
    async countByDays(month: MonthDays, filters: Pick<StoredFilters, 'category'>, chain: readonly string[]): Promise<{ firstDay: string; lastDay: string; count: number }[]> {
      const range = { from: month.starts[0] as string, to: month.starts.at(-1) as string };
      const startDay = dayOfInstant(sql.ref('o.starts_at'), month, '<');
      const firstDay = sql<string>`case when o.start_date is not null then o.start_date else ${startDay} end`;
      const lastDay = sql<string>`case when o.start_date is not null then o.end_date
        when o.ends_at > o.starts_at then ${dayOfInstant(sql.ref('o.ends_at'), month, '<=')} else ${startDay} end`;
      const counts = [];
      for (const overlap of overlapParts(range)) {
        const rows = await occurrencesWithEvents()
          .select([firstDay.as('first_day'), lastDay.as('last_day'), (count) => count.fn.countAll<number>().as('count')])
          .where(overlap)
          .where(isListed(filters, chain))
          // By the output names: the expressions carry parameters, which PostgreSQL cannot match between clauses.
          .groupBy([sql`first_day`, sql`last_day`])
          .execute();
        counts.push(...rows.map((row) => ({ firstDay: row.first_day, lastDay: row.last_day, count: Number(row.count) })));
      }
      return counts;
    },

    /** The sessions stored only in part whose unstored occurrences may overlap a range. */
    async unstoredSessions(range: InstantRange, filters: StoredFilters, chain: readonly string[]): Promise<UnstoredSession[]> {
      const rows = await db
        .selectFrom('event_occurrence_horizons as h')
        .crossJoin('events as e') // in this order, as above: the few horizons before the range's end come first
        .whereRef('e.id', '=', 'h.event_id')
        .crossJoin('event_sessions as s')
        .whereRef('s.event_id', '=', 'h.event_id')
        .whereRef('s.position', '=', 'h.session_index')
        .selectAll('s')
        .select('h.stored_until')
        .where('h.stored_until', '<', range.to)
        // A series whose stored span ended before the range has nothing left in it.
        .where((where) => where.or([where('e.last_ends_at', 'is', null), where('e.last_ends_at', '>=', range.from)]))
        .where(isListed(filters, chain))
        .execute();
      return rows.map((row) => ({ eventId: row.event_id, position: row.position, session: sessionFromRow(row), storedUntilMs: Date.parse(row.stored_until) }));
    },
  };
}
