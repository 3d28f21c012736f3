import { type EventSchedule, type Locale, type Occurrence, expandOccurrences } from '@kraina/core';
import { Temporal } from 'temporal-polyfill';
import { dateFormat } from '../locale/format-date.js';

// An event's times are shown on its own clock: a concert at 19:00 in Minsk reads "19:00" to every reader, with the
// zone named beside it, rather than moved to the reader's or the server's zone.

/** When something happens on its own clock: wall-clock times (`2026-12-05T19:00`) or, all day, days (end included). */
export interface WallClockSpan {
  allDay: boolean;
  start: string;
  end: string;
}

// A wall-clock time is written as if in UTC and formatted in UTC, so no zone can move it.
const asUtc = (wallClock: string) => new Date(`${wallClock.length === 10 ? `${wallClock}T00:00` : wallClock.slice(0, 16)}Z`);

/** A span in words: "5 December 2026, 19:00–20:30", "28 November 2026 – 7 February 2027". */
export function formatSpan(span: WallClockSpan, locale: Locale, style: 'long' | 'full' = 'long'): string {
  const format = span.allDay
    ? dateFormat(locale, { dateStyle: style, timeZone: 'UTC' })
    : dateFormat(locale, { dateStyle: style, timeStyle: 'short', timeZone: 'UTC' });
  const start = asUtc(span.start);
  const end = asUtc(span.end);
  return end.getTime() <= start.getTime() ? format.format(start) : format.formatRange(start, end);
}

/** A time of day alone, "19:00", for a list already grouped by day. */
export function formatClock(wallClock: string, locale: Locale): string {
  return dateFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(asUtc(wallClock));
}

/** An occurrence as a span on its own clock; its `end` is exclusive, so an all-day one uses its inclusive days. */
export function spanOf(occurrence: Occurrence): WallClockSpan {
  if (occurrence.allDay) {
    return { allDay: true, start: occurrence.startDate ?? occurrence.localDate, end: occurrence.endDate ?? occurrence.startDate ?? occurrence.localDate };
  }
  return { allDay: false, start: occurrence.start.slice(0, 16), end: occurrence.end.slice(0, 16) };
}

/** A zone as a reader can place it: "Europe/Minsk (GMT+3)", the offset it has at `at`. */
export function zoneLabel(timeZone: string, locale: Locale, at: Date): string {
  const parts = dateFormat(locale, { timeZone, timeZoneName: 'shortOffset' }).formatToParts(at);
  const offset = parts.find((part) => part.type === 'timeZoneName')?.value;
  return offset === undefined ? timeZone : `${timeZone} (${offset})`;
}

/** The next `limit` occurrences of a schedule from `now`; when it has none left, its first ones, for a past event. */
export function occurrencesToShow(schedule: EventSchedule, now: Date, limit: number): { occurrences: Occurrence[]; isPast: boolean } {
  const inTwoYears = new Date(now.getTime() + 2 * 366 * 86_400_000);
  const upcoming = expandOccurrences(schedule, { from: now.toISOString(), to: inTwoYears.toISOString() }, { limit });
  if (upcoming.length > 0) return { occurrences: upcoming, isPast: false };
  // A day before the earliest start, read as UTC, is before it in every zone.
  const earliest = schedule.map((session) => Temporal.PlainDate.from(session.start.slice(0, 10))).sort((a, b) => Temporal.PlainDate.compare(a, b))[0];
  if (earliest === undefined) return { occurrences: [], isPast: true };
  const from = earliest.subtract({ days: 2 }).toZonedDateTime('UTC').toInstant().toString();
  // Nothing in the next two years yet not begun: an event announced further ahead, shown from its first day on.
  if (Date.parse(from) > now.getTime()) {
    const to = new Date(Date.parse(from) + 2 * 366 * 86_400_000).toISOString();
    return { occurrences: expandOccurrences(schedule, { from, to }, { limit }), isPast: false };
  }
  return { occurrences: expandOccurrences(schedule, { from, to: now.toISOString() }, { limit }), isPast: true };
}

/** Whether a schedule happens more than once: a rule, extra dates, or several sessions. */
export function isRepeating(schedule: EventSchedule): boolean {
  return schedule.length > 1 || schedule.some((session) => session.rrule !== undefined || (session.rdates ?? []).length > 0);
}
