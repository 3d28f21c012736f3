import { Temporal } from 'temporal-polyfill';

/**
 * The instant a scheduled item moves to when it is dropped on `day`: the same wall-clock time in the portal's zone,
 * so a 07:00 publication stays a 07:00 publication across a change of daylight-saving time.
 */
export function rescheduledAt(at: string, day: string, timeZone: string): string {
  const plainTime = Temporal.Instant.from(at).toZonedDateTimeISO(timeZone).toPlainTime();
  return Temporal.PlainDate.from(day).toZonedDateTime({ timeZone, plainTime }).toInstant().toString();
}
