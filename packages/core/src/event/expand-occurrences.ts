import { RRuleTemporal } from 'rrule-temporal';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { type LocalDate, LocalDateSchema } from '../calendar/local-date.js';
import { TimestampSchema } from '../content/timestamp.js';
import { AppError } from '../errors/app-error.js';
import { validate } from '../errors/validate.js';
import { LocalizedStringSchema } from '../locale/localized.js';
import { SlugSchema } from '../slug/slug.js';
import { type EventSchedule, type EventSession, TimeZoneSchema, VenueSchema } from './event-schedule.js';

/**
 * One time an event happens: when (in the session's zone and in UTC) and where. All-day occurrences also
 * carry their days, `endDate` inclusive, because a day in Minsk is not a span of UTC that other zones share.
 */
export const OccurrenceSchema = z
  .object({
    sessionIndex: z.int().nonnegative(),
    start: TimestampSchema.describe("In the session's zone, e.g. 2026-03-29T15:00:00+03:00"),
    end: TimestampSchema.describe('Exclusive: the first moment after the occurrence'),
    startsAt: TimestampSchema.describe('The same instant as start, in UTC'),
    endsAt: TimestampSchema,
    allDay: z.boolean(),
    timeZone: TimeZoneSchema,
    localDate: LocalDateSchema.describe("The day it starts on, in the session's zone"),
    startDate: LocalDateSchema.optional(),
    endDate: LocalDateSchema.optional(),
    venue: VenueSchema.optional(),
    city: LocalizedStringSchema.optional(),
    region: SlugSchema.optional(),
  })
  .meta({ id: 'Occurrence' });
/** One time an event happens. */
export type Occurrence = z.infer<typeof OccurrenceSchema>;

/** A span of time as ISO instants with a zone or offset; `from` is included and `to` is not. */
export interface OccurrenceRange {
  from: string;
  to: string;
}

/** How many occurrences `expandOccurrences` returns at most, unless told otherwise. */
export const defaultOccurrenceLimit = 1000;
/** The largest `limit` `expandOccurrences` accepts; more than a page of calendar can use is a mistake, not a need. */
export const maxOccurrenceLimit = 10_000;

/**
 * Every occurrence of a schedule that overlaps `[from, to)`, across all sessions, by start then session:
 * an exhibition that opened before `from` and is still running is included, as is an occurrence starting exactly
 * at `from`; one starting at `to` is not. At most `limit` are returned (the earliest), so a result of exactly
 * `limit` may have been cut short; so may the occurrences of a rule too dense to walk (FREQ=SECONDLY over
 * years), which are expanded only as far as a fixed amount of work allows. Recurrences are computed in each
 * session's own zone, so 15:00 stays 15:00 across DST. The schedule must have passed `EventScheduleSchema`.
 */
export function expandOccurrences(
  schedule: EventSchedule,
  range: OccurrenceRange,
  options: { limit?: number } = {},
): Occurrence[] {
  const from = parseInstant(range.from, 'from');
  const to = parseInstant(range.to, 'to');
  const limit = options.limit ?? defaultOccurrenceLimit;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > maxOccurrenceLimit) {
    const detail = `Must be a whole number from 1 to ${maxOccurrenceLimit}`;
    throw new AppError('invalid-input', `The limit ${detail.toLowerCase()}`, { issues: [{ pointer: '#/limit', detail }] });
  }
  const order = Temporal.Instant.compare(from, to);
  if (order > 0) {
    throw new AppError('invalid-input', 'The range ends before it starts', {
      issues: [{ pointer: '#/to', detail: 'Must not be before "from"' }],
    });
  }
  if (order === 0) return [];
  const budget: Budget = { engineCallsLeft: 400, overloadsLeft: 8 };
  let earliest: Candidate[] = [];
  schedule.forEach((session, index) => {
    // Once `limit` occurrences are known, a later session only matters if it starts strictly earlier than the last
    // of them (on a tie the earlier session wins), so it need not be walked beyond that.
    const cutoffMs = earliest.length === limit ? (earliest.at(-1)?.startMs ?? to.epochMilliseconds) : to.epochMilliseconds;
    const window = { fromMs: from.epochMilliseconds, toMs: Math.min(to.epochMilliseconds, cutoffMs) };
    earliest = [...earliest, ...sessionCandidates(session, index, window, limit, budget)]
      .sort((a, b) => a.startMs - b.startMs || a.sessionIndex - b.sessionIndex)
      .slice(0, limit);
  });
  return earliest.map((candidate) => candidate.describe());
}

// Years 1 to 9999, the years ISO 8601 writes with four digits; Temporal's own limits are only a few days beyond.
const earliestMs = Temporal.Instant.from('0001-01-01T00:00:00Z').epochMilliseconds;
const latestMs = Temporal.Instant.from('9999-12-31T23:59:59.999Z').epochMilliseconds;

function parseInstant(value: string, field: 'from' | 'to'): Temporal.Instant {
  let instant: Temporal.Instant | undefined;
  try {
    instant = Temporal.Instant.from(value);
  } catch {
    // Unreadable: refused below, with the out-of-range ones.
  }
  if (instant === undefined || instant.epochMilliseconds < earliestMs || instant.epochMilliseconds > latestMs) {
    const detail = 'Must be an instant with a zone between the years 1 and 9999, such as 2026-03-01T00:00:00Z';
    throw new AppError('invalid-input', `"${field}" is not an instant`, { issues: [{ pointer: `#/${field}`, detail }] });
  }
  return instant;
}

/** An occurrence known to overlap the range, described only if it makes the final cut. */
interface Candidate {
  startMs: number;
  sessionIndex: number;
  describe(): Occurrence;
}

interface Window {
  fromMs: number;
  toMs: number;
}

/** Work shared by all sessions of one expansion, so a hundred pathological sessions still cost a bounded amount. */
interface Budget {
  engineCallsLeft: number;
  /** Calls the engine may still abandon for too much work; each costs as much as a full call. */
  overloadsLeft: number;
}

const dayMs = 86_400_000;
// The most a wall clock has moved at once in recent tz data (double summer time moved it two hours).
const largestClockShiftMs = 2 * 3_600_000;

/**
 * How one session's dates become instants. Timed sessions recur in their own zone; all-day sessions recur over
 * plain days, computed in UTC where every day exists, and each day is then laid on the session's zone.
 */
interface SessionClock {
  engineZone: string;
  toEngine: (value: string) => Temporal.ZonedDateTime;
  spanOf: (engineStart: Temporal.ZonedDateTime) => Span;
  /** The engine instants between which lies the start of every occurrence that may overlap `window`. */
  engineWindow: (window: Window) => Window;
}

interface Span {
  start: Temporal.ZonedDateTime;
  end: Temporal.ZonedDateTime;
}

function clockOf(session: EventSession): SessionClock {
  const zone = session.timeZone;
  if (session.allDay) {
    const days = Temporal.PlainDate.from(session.start).until(session.end).days + 1;
    const utcMidnightOf = (epochMs: number, shiftDays: number) =>
      zonedAt(epochMs, zone).toPlainDate().add({ days: shiftDays }).toZonedDateTime('UTC').epochMilliseconds;
    return {
      engineZone: 'UTC',
      toEngine: (value) => Temporal.PlainDate.from(value).toZonedDateTime('UTC'),
      spanOf: (engineStart) => {
        const day = engineStart.toPlainDate();
        // A date given only a zone becomes the start of that day, even where midnight itself is skipped.
        return { start: day.toZonedDateTime(zone), end: day.add({ days }).toZonedDateTime(zone) };
      },
      engineWindow: ({ fromMs, toMs }) => ({ fromMs: utcMidnightOf(fromMs, -days), toMs: utcMidnightOf(toMs, 1) }),
    };
  }
  const clockLength = Temporal.PlainDateTime.from(session.start).until(session.end, { largestUnit: 'day' });
  const clockLengthMs = clockLength.total({ unit: 'millisecond', relativeTo: session.start.slice(0, 10) });
  return {
    engineZone: zone,
    toEngine: (value) => Temporal.PlainDateTime.from(value).toZonedDateTime(zone),
    spanOf: (engineStart) => {
      // The length is kept on the clock, not in real time: 22:00–04:00 still ends at 04:00 on the night clocks change.
      const end = engineStart.toPlainDateTime().add(clockLength).toZonedDateTime(zone);
      return { start: engineStart, end: Temporal.ZonedDateTime.compare(end, engineStart) < 0 ? engineStart : end };
    },
    engineWindow: ({ fromMs, toMs }) => {
      // Real time differs from clock time only across a clock change, so look further back only when one is near.
      const margin = clockLengthMs + largestClockShiftMs;
      const nextChange = zonedAt(fromMs - margin, zone).getTimeZoneTransition('next');
      const isChangeNear = nextChange !== null && nextChange.epochMilliseconds <= fromMs + margin;
      return { fromMs: fromMs - clockLengthMs - (isChangeNear ? largestClockShiftMs : 0), toMs };
    },
  };
}

function sessionCandidates(session: EventSession, index: number, window: Window, limit: number, budget: Budget): Candidate[] {
  const clock = clockOf(session);
  const toCandidate = (engineStart: Temporal.ZonedDateTime): Candidate | undefined => {
    let span: Span | undefined;
    // Working out the end is the costly part, so it is done only for occurrences that start before the range.
    const spanOnce = () => (span ??= clock.spanOf(engineStart));
    const startMs = session.allDay ? spanOnce().start.epochMilliseconds : engineStart.epochMilliseconds;
    if (startMs >= window.toMs) return undefined;
    // Still running at `from`; an occurrence of no length overlaps only where it starts.
    if (startMs < window.fromMs && spanOnce().end.epochMilliseconds <= window.fromMs) return undefined;
    return { startMs, sessionIndex: index, describe: () => describe(session, index, spanOnce()) };
  };
  if (session.rrule === undefined) {
    const excluded = new Set((session.exdates ?? []).map((value) => clock.toEngine(value).epochMilliseconds));
    const starts = new Map<number, Temporal.ZonedDateTime>();
    for (const value of [session.start, ...(session.rdates ?? [])]) {
      const start = clock.toEngine(value);
      if (!excluded.has(start.epochMilliseconds)) starts.set(start.epochMilliseconds, start);
    }
    return [...starts.values()].flatMap((start) => toCandidate(start) ?? []);
  }
  const dtstart = clock.toEngine(session.start);
  const rdates = (session.rdates ?? []).map(clock.toEngine);
  const rule = new RRuleTemporal({
    rruleString: session.rrule,
    dtstart,
    rDate: rdates,
    exDate: (session.exdates ?? []).map(clock.toEngine),
    // The schedule promises that `start` is the first occurrence, even when it does not fit the rule's pattern.
    includeDtstart: true,
  });
  const engineWindow = clock.engineWindow(window);
  // Nothing starts before the first occurrence or the earliest extra date, so an early range is not walked in vain.
  const firstStartMs = Math.min(dtstart.epochMilliseconds, ...rdates.map((date) => date.epochMilliseconds));
  engineWindow.fromMs = Math.max(engineWindow.fromMs, firstStartMs);
  return walkRule(rule, clock.engineZone, engineWindow, limit, budget, toCandidate);
}

const frequencyMs: Record<string, number> = {
  SECONDLY: 1000,
  MINUTELY: 60_000,
  HOURLY: 3_600_000,
  DAILY: dayMs,
  WEEKLY: 7 * dayMs,
  MONTHLY: 31 * dayMs,
  YEARLY: 366 * dayMs,
};
const engineCallsPerSession = 40;

/**
 * Asks the engine for a rule's starts window by window until `limit` overlapping occurrences are found, the range
 * ends, or the budget runs out. Each call is bounded by the engine's own caps (it throws past 10,000 periods); a
 * window starts sized to hold about `limit` starts, grows while they come back sparse and shrinks when the engine
 * gives up, so a dense rule costs a call or two and a sparse one a few dozen at most.
 */
function walkRule(
  rule: RRuleTemporal,
  engineZone: string,
  engineWindow: Window,
  limit: number,
  budget: Budget,
  toCandidate: (engineStart: Temporal.ZonedDateTime) => Candidate | undefined,
): Candidate[] {
  const found: Candidate[] = [];
  let cursorMs = engineWindow.fromMs;
  let windowMs = expectedWindowMs(rule, limit);
  for (let calls = 0; calls < engineCallsPerSession && budget.engineCallsLeft > 0; calls += 1) {
    if (cursorMs >= engineWindow.toMs || found.length >= limit) break;
    budget.engineCallsLeft -= 1;
    const windowEndMs = Math.min(cursorMs + windowMs, engineWindow.toMs);
    let starts;
    try {
      starts = rule.between(zonedAt(cursorMs, engineZone), zonedAt(windowEndMs, engineZone), true);
    } catch (error) {
      if (!isEngineWorkCap(error)) throw error;
      budget.overloadsLeft -= 1;
      windowMs = Math.floor(windowMs / 8);
      // Below a second no window is small enough: the rule is beyond what is worth expanding.
      if (windowMs < 1000 || budget.overloadsLeft <= 0) break;
      continue;
    }
    for (const start of starts) {
      // The engine's bounds are inclusive; each window owns [cursor, end) so no start is seen twice.
      if (start.epochMilliseconds < cursorMs || start.epochMilliseconds >= windowEndMs) continue;
      // The engine answers in its own copy of Temporal; instants are shared, classes are not.
      const candidate = toCandidate(zonedAt(start.epochMilliseconds, engineZone));
      if (candidate) found.push(candidate);
      if (found.length >= limit) break;
    }
    cursorMs = windowEndMs;
    if (starts.length < limit / 2) windowMs *= 2;
  }
  return found;
}

/** A window expected to hold about `limit` starts if every period of the rule produced all its time slots. */
function expectedWindowMs(rule: RRuleTemporal, limit: number): number {
  const { freq, interval = 1, byHour, byMinute, bySecond } = rule.options();
  const slotsPerPeriod = (byHour?.length ?? 1) * (byMinute?.length ?? 1) * (bySecond?.length ?? 1);
  return Math.max(1000, Math.floor(((frequencyMs[freq] ?? dayMs) * interval * limit) / slotsPerPeriod));
}

function zonedAt(epochMs: number, zone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
}

function isEngineWorkCap(error: unknown): boolean {
  return error instanceof Error && /^Maximum (iterations|candidate evaluations)/.test(error.message);
}

function describe(session: EventSession, index: number, { start, end }: Span): Occurrence {
  const occurrence: Occurrence = {
    sessionIndex: index,
    start: withOffset(start),
    end: withOffset(end),
    startsAt: start.toInstant().toString(),
    endsAt: end.toInstant().toString(),
    allDay: session.allDay,
    timeZone: session.timeZone,
    localDate: start.toPlainDate().toString(),
  };
  if (session.allDay) {
    occurrence.startDate = occurrence.localDate;
    occurrence.endDate = end.toPlainDate().subtract({ days: 1 }).toString();
  }
  if (session.venue !== undefined) occurrence.venue = session.venue;
  if (session.city !== undefined) occurrence.city = session.city;
  if (session.region !== undefined) occurrence.region = session.region;
  return occurrence;
}

function withOffset(moment: Temporal.ZonedDateTime): string {
  return moment.toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/**
 * How many occurrences run on each day in `timeZone`, for the month calendar: an occurrence counts on every day it
 * covers (its end is exclusive, so one ending at midnight does not spill over). All-day occurrences count on their
 * own days whatever the zone, as a reader expects "6 November" to stay 6 November. `within` (inclusive days) keeps
 * the count to the month on screen.
 */
export function countOccurrencesByDay(
  occurrences: readonly Occurrence[],
  timeZone: string,
  within: { from?: LocalDate; to?: LocalDate } = {},
): Record<LocalDate, number> {
  const zone = validate(TimeZoneSchema, timeZone);
  if (!zone.ok) {
    throw new AppError('invalid-input', `"${timeZone}" is not a time zone`, {
      issues: zone.issues.map((issue) => ({ ...issue, pointer: '#/timeZone' })),
    });
  }
  const counts: Record<LocalDate, number> = {};
  const floor = within.from === undefined ? undefined : Temporal.PlainDate.from(within.from);
  const ceiling = within.to === undefined ? undefined : Temporal.PlainDate.from(within.to);
  for (const occurrence of occurrences) {
    let [first, last] = daysCovered(occurrence, zone.value);
    if (floor && Temporal.PlainDate.compare(first, floor) < 0) first = floor;
    if (ceiling && Temporal.PlainDate.compare(last, ceiling) > 0) last = ceiling;
    for (let day = first; Temporal.PlainDate.compare(day, last) <= 0; day = day.add({ days: 1 })) {
      const key = day.toString();
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}

function daysCovered(occurrence: Occurrence, timeZone: string): [Temporal.PlainDate, Temporal.PlainDate] {
  if (occurrence.allDay && occurrence.startDate !== undefined && occurrence.endDate !== undefined) {
    return [Temporal.PlainDate.from(occurrence.startDate), Temporal.PlainDate.from(occurrence.endDate)];
  }
  const start = Temporal.Instant.from(occurrence.startsAt).toZonedDateTimeISO(timeZone);
  const end = Temporal.Instant.from(occurrence.endsAt).toZonedDateTimeISO(timeZone);
  const lastMoment = Temporal.ZonedDateTime.compare(end, start) > 0 ? end.subtract({ nanoseconds: 1 }) : start;
  return [start.toPlainDate(), lastMoment.toPlainDate()];
}
