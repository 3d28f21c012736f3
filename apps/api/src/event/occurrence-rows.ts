import { type EventSchedule, type EventSession, type Occurrence, expandOccurrences } from '@kraina/core';
import type { Insertable, Kysely } from 'kysely';
import { toStoredInstant } from '../content/clock.js';
import type { EventOccurrenceHorizonTable, EventOccurrenceTable, Tables } from '../db/tables.js';
import { sessionFromRow } from './event-rows.js';
import { firstStartMsOf } from './event-span.js';

// The calendar reads occurrences from event_occurrences rather than expanding every candidate series on each
// request (2–10 s a month on the 20,000-event benchmark). Saving a schedule stores each session's occurrences from
// its first start up to a horizon: five years past the later of today and that start, and at most 5,000 of them
// (fewer when an event has more than four sessions). What lies beyond (an endless series, or one saved years ago) is
// expanded when a reader asks for it, from the session's `stored_until` on, so every range still answers exactly as
// expanding the whole schedule would. Events in every workflow state are stored: the calendar applies the visibility
// rule as it reads, so publishing or unpublishing has nothing to rewrite here.

const storedYears = 5;
/**
 * The most occurrences stored per session. It must stay below core's `maxOccurrenceLimit`: a month that straddles the
 * horizon is then answered from the stored rows plus the expansion's own earliest occurrences, as it was before.
 */
export const maxStoredPerSession = 5000;
/** The most occurrences stored per event, so that saving a hundred sessions costs no more than four long ones. */
const maxStoredPerEvent = 20_000;
/**
 * How far before a range the calendar looks for stored occurrences still running at its start. An occurrence longer
 * than this (a season-long exhibition) is found by its end instead, so changing the value needs the rows rewritten.
 */
export const longOccurrenceMs = 8 * 86_400_000;
const endOfTimeMs = Date.parse('9999-12-31T00:00:00Z');

// The expander may cut a rule short when it is too dense to walk (core's expandOccurrences says so), and then what it
// returns depends on the range asked for. Rules of a day or longer with a few times a day never come near that, so
// only they are stored; the rest are expanded per range exactly as before.
const storableFrequencies = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const maxTimesPerDay = 48;

/** The rows that store a schedule's occurrences, and the horizons of sessions stored only in part. */
export interface OccurrenceRows {
  occurrences: Insertable<EventOccurrenceTable>[];
  horizons: Insertable<EventOccurrenceHorizonTable>[];
}

function isStorable(session: EventSession): boolean {
  if (session.rrule === undefined) return true;
  const parts = new Map(session.rrule.split(';').map((part) => part.split('=') as [string, string]));
  const timesPerDay = ['BYHOUR', 'BYMINUTE', 'BYSECOND'].reduce((product, name) => product * (parts.get(name)?.split(',').length ?? 1), 1);
  return storableFrequencies.has(parts.get('FREQ') ?? '') && timesPerDay <= maxTimesPerDay;
}

/** Where a session stops being stored: a one-off session with extra dates is stored whole, however far they reach. */
function horizonMsOf(session: EventSession, firstStartMs: number, now: string): number {
  if (session.rrule === undefined) return endOfTimeMs;
  const horizon = new Date(Math.max(firstStartMs, Date.parse(now)));
  horizon.setUTCFullYear(horizon.getUTCFullYear() + storedYears);
  return Math.min(horizon.getTime(), endOfTimeMs);
}

/**
 * The occurrences of a session to store, and the instant from which none are stored (null: all are). `lastEndsAt`
 * is the event's stored span, never earlier than any occurrence ends (null: some session never ends).
 */
function storedPartOf(session: EventSession, cap: number, lastEndsAt: string | null, now: string): { occurrences: Occurrence[]; storedUntil: string | null } {
  const firstStartMs = firstStartMsOf(session);
  if (!isStorable(session)) return { occurrences: [], storedUntil: new Date(firstStartMs).toISOString() };
  const horizonMs = horizonMsOf(session, firstStartMs, now);
  const range = { from: new Date(firstStartMs).toISOString(), to: new Date(horizonMs).toISOString() };
  const occurrences = expandOccurrences([session], range, { limit: cap + 1 });
  const firstUnstored = occurrences[cap];
  if (firstUnstored !== undefined) return { occurrences: occurrences.slice(0, cap), storedUntil: toStoredInstant(firstUnstored.startsAt) };
  const endsBefore = lastEndsAt !== null && Date.parse(lastEndsAt) < horizonMs;
  return { occurrences, storedUntil: endsBefore ? null : range.to };
}

function occurrenceRow(eventId: string, sessionIndex: number, occurrence: Occurrence): Insertable<EventOccurrenceTable> {
  const startsAt = toStoredInstant(occurrence.startsAt);
  const endsAt = toStoredInstant(occurrence.endsAt);
  return {
    event_id: eventId,
    session_index: sessionIndex,
    starts_at: startsAt,
    ends_at: endsAt,
    start_in_zone: occurrence.start,
    end_in_zone: occurrence.end,
    start_date: occurrence.startDate ?? null,
    end_date: occurrence.endDate ?? null,
    long_ends_at: Date.parse(endsAt) - Date.parse(startsAt) > longOccurrenceMs ? endsAt : null,
  };
}

/**
 * The rows storing a schedule's occurrences as of `now`, an ISO instant, given the last end of its stored span
 * (`eventSpan`, which the event row already holds). The schedule must have passed its schema.
 */
export function occurrenceRowsOf(eventId: string, schedule: EventSchedule, lastEndsAt: string | null, now: string): OccurrenceRows {
  const rows: OccurrenceRows = { occurrences: [], horizons: [] };
  const cap = Math.min(maxStoredPerSession, Math.floor(maxStoredPerEvent / schedule.length));
  schedule.forEach((session, position) => {
    const { occurrences, storedUntil } = storedPartOf(session, cap, lastEndsAt, now);
    for (const occurrence of occurrences) rows.occurrences.push(occurrenceRow(eventId, position, occurrence));
    if (storedUntil !== null) rows.horizons.push({ event_id: eventId, session_index: position, stored_until: storedUntil });
  });
  return rows;
}

/** Adds one event's rows to rows being gathered for a bulk insert. */
export function appendOccurrenceRows(to: OccurrenceRows, rows: OccurrenceRows): void {
  // One by one: spreading a hundred sessions of 5,000 occurrences into push() would exceed the arguments a call takes.
  for (const row of rows.occurrences) to.occurrences.push(row);
  for (const row of rows.horizons) to.horizons.push(row);
}

// A thousand rows of at most ten columns stay well inside both engines' limits on parameters per statement.
const rowsPerStatement = 1000;

/** Inserts occurrence rows a thousand per statement; it takes a migration's database as well as a transaction. */
export async function insertOccurrenceRows(db: Kysely<Tables>, rows: OccurrenceRows): Promise<void> {
  for (let start = 0; start < rows.occurrences.length; start += rowsPerStatement) {
    await db.insertInto('event_occurrences').values(rows.occurrences.slice(start, start + rowsPerStatement)).execute();
  }
  for (let start = 0; start < rows.horizons.length; start += rowsPerStatement) {
    await db.insertInto('event_occurrence_horizons').values(rows.horizons.slice(start, start + rowsPerStatement)).execute();
  }
}

/** Replaces the stored occurrences of one event whose schedule was saved, in the same transaction. */
export async function replaceOccurrences(db: Kysely<Tables>, eventId: string, schedule: EventSchedule, lastEndsAt: string | null, now: string): Promise<void> {
  await db.deleteFrom('event_occurrences').where('event_id', '=', eventId).execute();
  await db.deleteFrom('event_occurrence_horizons').where('event_id', '=', eventId).execute();
  await insertOccurrenceRows(db, occurrenceRowsOf(eventId, schedule, lastEndsAt, now));
}

/** Stores the occurrences of every event from its sessions, for a database whose events were saved before the table. */
export async function storeEveryEventsOccurrences(db: Kysely<Tables>, now: string): Promise<void> {
  const spans = new Map((await db.selectFrom('events').select(['id', 'last_ends_at']).execute()).map((row) => [row.id, row.last_ends_at]));
  const sessions = await db.selectFrom('event_sessions').selectAll().orderBy('event_id').orderBy('position').execute();
  const schedules = new Map<string, EventSchedule>();
  for (const row of sessions) {
    const schedule = schedules.get(row.event_id) ?? [];
    schedule.push(sessionFromRow(row));
    schedules.set(row.event_id, schedule);
  }
  let pending: OccurrenceRows = { occurrences: [], horizons: [] };
  for (const [eventId, schedule] of schedules) {
    appendOccurrenceRows(pending, occurrenceRowsOf(eventId, schedule, spans.get(eventId) ?? null, now));
    if (pending.occurrences.length < 20 * rowsPerStatement) continue;
    await insertOccurrenceRows(db, pending); // in slices, so a large catalogue never sits in memory as rows at once
    pending = { occurrences: [], horizons: [] };
  }
  await insertOccurrenceRows(db, pending);
}
