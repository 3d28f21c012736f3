import { Temporal } from 'temporal-polyfill';

/** The current instant as ISO 8601 UTC with milliseconds, the form every stored time takes so they sort as text. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Normalises any ISO instant (with any offset) to the stored UTC form. */
export function toStoredInstant(iso: string): string {
  return new Date(Date.parse(iso)).toISOString();
}

/** The calendar day of an instant in a zone, e.g. the Minsk day a story was published on. */
export function dayInZone(instantIso: string, timeZone: string): string {
  return Temporal.Instant.from(instantIso).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** The first instant of a day in a zone, as the stored UTC form. */
export function startOfDayInZone(day: string, timeZone: string): string {
  return new Date(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone }).epochMilliseconds).toISOString();
}
