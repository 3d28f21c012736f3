import type { Locale } from '@kraina/core';

// Dates reach readers through Intl in their language; the portal's day is its own zone's (Minsk's 12 May), never the
// server's, so the same article shows the same day wherever the site runs.

// Making an Intl.DateTimeFormat costs far more than using one (the benchmark found a tenth of a news list's time
// spent making them), and a site uses a handful: each is made once per locale, zone and style, and kept.
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function kept<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (format === undefined) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/** An Intl.DateTimeFormat, made once per locale and options and reused. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return kept(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** An Intl.NumberFormat, made once per locale and options and reused. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return kept(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** The day an instant falls on in a time zone, written `YYYY-MM-DD`. */
export function dayOf(instant: string, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD, which is the shape wanted; only the digits are used.
  return dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** An instant as a reader of `locale` writes its date and time: "12 May 2026, 14:20". */
export function formatDateTime(instant: string, locale: Locale, timeZone: string): string {
  return dateFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(instant));
}

/** A calendar day (`2026-05-12`) in words: "May 12, 2026", "12 мая 2026 г.". */
export function formatDay(date: string, locale: Locale): string {
  // A day has no zone: read and written in UTC, so no zone can move it.
  return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A month in words, as a calendar heads it: "May 2026", "май 2026 г.". */
export function formatMonth(year: number, month: number, locale: Locale): string {
  const text = dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
