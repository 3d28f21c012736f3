import type { AdminLocale } from './messages.js';

/** A moment as staff read it: the date and time in the interface language, in the browser's zone. */
export function formatDateTime(iso: string, locale: AdminLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Only the time of day, for "saved at 14:05". */
export function formatTime(date: Date, locale: AdminLocale): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(date);
}
