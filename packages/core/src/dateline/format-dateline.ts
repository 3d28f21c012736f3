import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { LocalDateSchema } from '../calendar/local-date.js';
import type { Locale, LocaleSettings } from '../locale/locale.js';
import { LocalizedStringSchema, resolveLocalized } from '../locale/localized.js';

/** Where and when a story was filed and by which agency: `MINSK, 12 May (BelTA)`. */
export const DatelineSchema = z
  .strictObject({
    place: LocalizedStringSchema,
    date: LocalDateSchema,
    agency: LocalizedStringSchema,
  })
  .meta({
    id: 'Dateline',
    examples: [{ place: { en: 'Minsk', ru: 'Минск' }, date: '2023-05-12', agency: { en: 'BelTA', ru: 'БЕЛТА' } }],
  });
/** A story's place, day and source agency. */
export type Dateline = z.infer<typeof DatelineSchema>;

/**
 * Renders a dateline as a wire service prints it, in a reader's locale: the place in capitals, the day before the
 * month (`MINSK, 12 May (BelTA)`, `МИНСК, 12 мая (БЕЛТА)`), and the agency's name as the agency writes it.
 * Place and agency fall back along the locale chain; a part with no text in any locale is left out.
 */
export function formatDateline(dateline: Dateline, locale: Locale, settings?: LocaleSettings): string {
  const place = resolveLocalized(dateline.place, locale, settings);
  const agency = resolveLocalized(dateline.agency, locale, settings);
  // Upper-cased by the rules of the language the name is written in, which may be a fallback's.
  const where = place?.value.toLocaleUpperCase(place.locale);
  const when = dayAndMonth(dateline.date, locale);
  const filed = where === undefined ? when : `${where}, ${when}`;
  return agency === undefined ? filed : `${filed} (${agency.value})`;
}

/** "12 May", "12 мая": Intl gives the month in the form the language uses after a day number (Russian's genitive). */
function dayAndMonth(date: string, locale: Locale): string {
  // Formatted in UTC from a UTC midnight, so the reader's own time zone can never move the day.
  const midnight = Temporal.PlainDate.from(date).toZonedDateTime('UTC').epochMilliseconds;
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(midnight);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // Day first in every language, as wire services write it, though Intl's `en` would say "May 12".
  return `${part('day')} ${part('month')}`;
}
