import { z } from 'zod';

// zod's own date pattern already knows month lengths and leap years, so 2026-02-30 and 2026-02-29 fail as text,
// and the JSON Schema that other teams validate against rejects them too. It is reused without its anchors.
const datePattern = z.regexes.date.source.replace(/^\^/, '').replace(/\$$/, '');
const localDateTimePattern = new RegExp(`^${datePattern}T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?$`);

/** A day in the calendar with no time or zone, written `YYYY-MM-DD`; only days that exist (no `2026-02-30`). */
export const LocalDateSchema = z
  .string()
  .regex(z.regexes.date, 'Must be a real date written YYYY-MM-DD')
  .meta({ id: 'LocalDate', format: 'date', examples: ['2026-11-06'] });
/** A calendar day such as `2026-11-06`. */
export type LocalDate = z.infer<typeof LocalDateSchema>;

/**
 * A wall-clock time with no zone, written `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss`, on a day that exists.
 * It means what a poster says ("15:00"); the zone it is read in travels beside it.
 */
export const LocalDateTimeSchema = z
  .string()
  .regex(localDateTimePattern, 'Must be a real date and time written YYYY-MM-DDTHH:mm')
  .meta({ id: 'LocalDateTime', examples: ['2026-03-29T15:00'] });
/** A wall-clock date and time such as `2026-03-29T15:00`. */
export type LocalDateTime = z.infer<typeof LocalDateTimeSchema>;

/** Whether a string is a real calendar day written `YYYY-MM-DD`. */
export function isLocalDate(value: string): boolean {
  return z.regexes.date.test(value);
}

/** Whether a string is a real wall-clock date and time written `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss`. */
export function isLocalDateTime(value: string): boolean {
  return localDateTimePattern.test(value);
}
