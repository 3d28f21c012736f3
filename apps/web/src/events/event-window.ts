import { Temporal } from 'temporal-polyfill';
import type { CalendarMonth } from '../calendar/calendar-month.js';

// The calendar counts days in the portal's zone, as the API does: "December" is December in Minsk, whatever zone
// the server runs in. Temporal does the zone arithmetic, since a day is not always 24 hours long.

/** A span of days, both included, and the instants it begins and ends at in a zone (the end excluded). */
export interface DayWindow {
  firstDay: string;
  lastDay: string;
  from: string;
  to: string;
}

/** The month a zone is in at an instant. */
export function monthAt(now: Date, timeZone: string): CalendarMonth {
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone);
  return { year: today.year, month: today.month };
}

/** The day a zone is in at an instant, `YYYY-MM-DD`. */
export function dayAt(now: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** The days from `firstDay` to `lastDay`, both included, as instants in UTC: what the API's `from` and `to` take. */
export function dayWindow(firstDay: string, lastDay: string, timeZone: string): DayWindow {
  const start = Temporal.PlainDate.from(firstDay).toZonedDateTime(timeZone);
  const end = Temporal.PlainDate.from(lastDay).add({ days: 1 }).toZonedDateTime(timeZone);
  return { firstDay, lastDay, from: start.toInstant().toString(), to: end.toInstant().toString() };
}

/** The whole of a month in a zone. */
export function monthWindow(month: CalendarMonth, timeZone: string): DayWindow {
  const first = Temporal.PlainDate.from({ year: month.year, month: month.month, day: 1 });
  return dayWindow(first.toString(), first.add({ months: 1 }).subtract({ days: 1 }).toString(), timeZone);
}

/** The part of a month inside a range of days, or undefined when they do not meet. */
export function narrowWindow(month: CalendarMonth, range: { from?: string | undefined; to?: string | undefined }, timeZone: string): DayWindow | undefined {
  const whole = monthWindow(month, timeZone);
  // `YYYY-MM-DD` strings compare as the days they name.
  const firstDay = range.from !== undefined && range.from > whole.firstDay ? range.from : whole.firstDay;
  const lastDay = range.to !== undefined && range.to < whole.lastDay ? range.to : whole.lastDay;
  return firstDay > lastDay ? undefined : dayWindow(firstDay, lastDay, timeZone);
}

/** The month a day is in. */
export function monthOfDay(day: string): CalendarMonth {
  const date = Temporal.PlainDate.from(day);
  return { year: date.year, month: date.month };
}
