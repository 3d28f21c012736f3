import { defaultTimeZone } from '@kraina/core';
import { Temporal } from 'temporal-polyfill';

// Demo dates are written relative to the day the demo is loaded, so a portal seeded next year still shows
// recent news and upcoming events. Days are Minsk days: "today" is the portal's today, not the server's.

/** A run of days, first and last included: an annual festival, a day of remembrance. */
export interface DemoRun {
  start: Temporal.PlainDate;
  last: Temporal.PlainDate;
}

/** The portal's day for an instant, and the window events fall in: from today to the same day next year. */
export interface DemoCalendar {
  now: Date;
  today: Temporal.PlainDate;
  /** The last day of the window, included: every event ends on or before it. */
  horizon: Temporal.PlainDate;
  /** The day `offset` days from today. */
  day(offset: number): Temporal.PlainDate;
  /** The next run of `length` days starting on `month`/`day` that has not ended; one under way starts today. */
  annual(month: number, day: number, length?: number): DemoRun;
  /** Like `annual`, for runs starting on the `n`-th weekday (ISO, 1 = Monday) of `month`, e.g. the second Saturday of September. */
  nthWeekdayOf(month: number, n: number, isoWeekday: number, length?: number): DemoRun;
  /** The first `isoWeekday` on or after the day `offset` days from today. */
  weekdayFrom(offset: number, isoWeekday: number): Temporal.PlainDate;
  /** An instant `daysAgo` days before today (negative: after) at a wall-clock time in Minsk, as ISO 8601 UTC. */
  instant(daysAgo: number, clock: string): string;
}

/** Builds the demo calendar for a reference instant. */
export function demoCalendar(now: Date): DemoCalendar {
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(defaultTimeZone).toPlainDate();
  const nextRun = (startIn: (year: number) => Temporal.PlainDate, length: number): DemoRun => {
    // Last year's run may still be going (a Christmas fair into January), else this year's or next year's comes next.
    for (const year of [today.year - 1, today.year, today.year + 1]) {
      const start = startIn(year);
      const last = start.add({ days: length - 1 });
      if (Temporal.PlainDate.compare(last, today) >= 0) {
        // A run under way is shown from today: the portal lists what is still ahead, and the real end date stays.
        return { start: Temporal.PlainDate.compare(start, today) < 0 ? today : start, last };
      }
    }
    throw new Error('unreachable: next year’s run always ends after today');
  };
  return {
    now,
    today,
    horizon: today.add({ years: 1 }),
    day: (offset) => today.add({ days: offset }),
    annual: (month, day, length = 1) => nextRun((year) => Temporal.PlainDate.from({ year, month, day }), length),
    nthWeekdayOf: (month, n, isoWeekday, length = 1) =>
      nextRun((year) => onOrAfter(Temporal.PlainDate.from({ year, month, day: 1 }), isoWeekday).add({ weeks: n - 1 }), length),
    weekdayFrom: (offset, isoWeekday) => onOrAfter(today.add({ days: offset }), isoWeekday),
    instant: (daysAgo, clock) => {
      const time = Temporal.PlainTime.from(clock);
      const local = today.subtract({ days: daysAgo }).toPlainDateTime(time).toZonedDateTime(defaultTimeZone);
      return new Date(local.epochMilliseconds).toISOString();
    },
  };
}

/** `2026-11-06` */
export const ymd = (day: Temporal.PlainDate): string => day.toString();

/** `2026-11-06T19:00`: a wall-clock time on a day. */
export const at = (day: Temporal.PlainDate, clock: string): string => `${day.toString()}T${clock}`;

/** `20261106`: a last day as an RRULE's UNTIL writes it. */
export const until = (day: Temporal.PlainDate): string => day.toString().replaceAll('-', '');

/** The day `days` after `day`. */
export const plus = (day: Temporal.PlainDate, days: number): Temporal.PlainDate => day.add({ days });

/** The Minsk day of an ISO instant, e.g. the day a story's dateline names. */
export const portalDay = (instant: string): string =>
  Temporal.Instant.from(instant).toZonedDateTimeISO(defaultTimeZone).toPlainDate().toString();

/** The first `isoWeekday` (1 = Monday) on or after `day`. */
export const onOrAfter = (day: Temporal.PlainDate, isoWeekday: number): Temporal.PlainDate =>
  day.add({ days: (isoWeekday - day.dayOfWeek + 7) % 7 });

/** The first day of the month `months` months after today's. */
export const monthStart = (calendar: DemoCalendar, months: number): Temporal.PlainDate =>
  calendar.today.with({ day: 1 }).add({ months });
