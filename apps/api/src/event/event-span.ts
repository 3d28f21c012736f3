import { type EventSchedule, type EventSession, expandOccurrences, maxOccurrenceLimit } from '@kraina/core';
import { Temporal } from 'temporal-polyfill';

// The span an event's occurrences may touch, stored as events.first_starts_at / last_ends_at so a calendar
// range reads only candidate events. It must never be narrower than the truth (an event would vanish from a
// month it runs in); being a little wider only costs an event expanded in vain. So where the exact end is
// costly to know, a safe upper bound is stored, and a series with no end (or one too dense to walk) gets null.

/** The earliest start and the latest end (null: never ends) of any occurrence of a schedule, as ISO UTC. */
export interface EventSpan {
  firstStartsAt: string;
  lastEndsAt: string | null;
}

// The most a wall clock has moved at once in recent tz data; a "15:00–17:00" occurrence lasts 2 h ± this.
const largestClockShiftMs = 2 * 3_600_000;
const endOfTime = '9999-12-31T00:00:00Z';

/** Computes the stored span of a schedule that has passed `EventScheduleSchema`. */
export function eventSpan(schedule: EventSchedule): EventSpan {
  const spans = schedule.map(sessionSpan);
  const first = Math.min(...spans.map((s) => s.first));
  const ends = spans.map((s) => s.last);
  const last = ends.some((end) => end === null) ? null : Math.max(...(ends as number[]));
  return { firstStartsAt: new Date(first).toISOString(), lastEndsAt: last === null ? null : new Date(last).toISOString() };
}

/** When a session's first occurrence starts, in epoch milliseconds: at its start, or at an earlier extra date. */
export function firstStartMsOf(session: EventSession): number {
  return Math.min(...[session.start, ...(session.rdates ?? [])].map((date) => startOf(session, date)));
}

function sessionSpan(session: EventSession): { first: number; last: number | null } {
  const dates = [session.start, ...(session.rdates ?? [])];
  const first = firstStartMsOf(session);
  const explicitLast = Math.max(...dates.map((date) => endOf(session, date)));
  if (session.rrule === undefined) return { first, last: explicitLast };
  const parts = new Map(session.rrule.split(';').map((part) => part.split('=') as [string, string]));
  const until = parts.get('UNTIL');
  if (until !== undefined) return { first, last: Math.max(explicitLast, untilBound(session, until)) };
  const count = parts.get('COUNT');
  if (count === undefined) return { first, last: null };
  // COUNT has no closed form (BYDAY, BYSETPOS…), so the series is walked once, here, at save time.
  const occurrences = expandOccurrences([session], { from: new Date(first).toISOString(), to: endOfTime }, { limit: maxOccurrenceLimit });
  // Fewer occurrences than the rule promises (beyond those EXDATE removed) means the walk was cut short.
  const ruleOccurrences = occurrences.length - (session.rdates?.length ?? 0);
  if (occurrences.length >= maxOccurrenceLimit || ruleOccurrences < Number(count) - (session.exdates?.length ?? 0)) return { first, last: null };
  return { first, last: Math.max(explicitLast, ...occurrences.map((o) => Date.parse(o.endsAt))) };
}

function startOf(session: EventSession, value: string): number {
  return session.allDay
    ? Temporal.PlainDate.from(value).toZonedDateTime(session.timeZone).epochMilliseconds
    : Temporal.PlainDateTime.from(value).toZonedDateTime(session.timeZone).epochMilliseconds;
}

function endOf(session: EventSession, value: string): number {
  if (session.allDay) {
    const days = Temporal.PlainDate.from(session.start).until(session.end).days + 1;
    return Temporal.PlainDate.from(value).add({ days }).toZonedDateTime(session.timeZone).epochMilliseconds;
  }
  const clockLength = Temporal.PlainDateTime.from(session.start).until(session.end, { largestUnit: 'day' });
  return Temporal.PlainDateTime.from(value).add(clockLength).toZonedDateTime(session.timeZone).epochMilliseconds;
}

/** The latest moment an occurrence of a rule ending at UNTIL can last to: its last start plus the longest it runs. */
function untilBound(session: EventSession, until: string): number {
  const day = Temporal.PlainDate.from(`${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`);
  if (session.allDay) {
    // All-day rules recur over plain days; a UTC UNTIL may still fall on the next day somewhere, hence one day more.
    const days = Temporal.PlainDate.from(session.start).until(session.end).days + 1;
    return day.add({ days: days + 1 }).toZonedDateTime(session.timeZone).epochMilliseconds;
  }
  const lastStart = until.includes('T')
    ? Date.parse(`${day.toString()}T${until.slice(9, 11)}:${until.slice(11, 13)}:${until.slice(13, 15)}Z`)
    : day.add({ days: 1 }).toZonedDateTime(session.timeZone).epochMilliseconds; // a last day is inclusive, in the session's zone
  const clockLengthMs = Temporal.PlainDateTime.from(session.start)
    .until(session.end, { largestUnit: 'day' })
    .total({ unit: 'millisecond', relativeTo: session.start.slice(0, 10) });
  return lastStart + clockLengthMs + largestClockShiftMs;
}
