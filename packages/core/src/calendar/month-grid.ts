import { Temporal } from 'temporal-polyfill';
import { AppError } from '../errors/app-error.js';

/** A day of the week as ISO 8601 numbers it: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A weekday's names for the head of a month grid. */
export interface WeekdayName {
  iso: IsoWeekday;
  short: string;
  long: string;
}

/** One cell of a month grid; days of the neighbouring months fill the first and last rows with `inMonth: false`. */
export interface MonthGridDay {
  date: string;
  day: number;
  inMonth: boolean;
  isoWeekday: IsoWeekday;
}

/** A month laid out as a calendar: weekday names in the locale's order and 4 to 6 rows of 7 days. */
export interface MonthGrid {
  year: number;
  month: number;
  firstDayOfWeek: IsoWeekday;
  weekdays: WeekdayName[];
  weeks: MonthGridDay[][];
}

/** A month of a year, `month` counted from 1. */
export interface YearMonth {
  year: number;
  month: number;
}

// Used only when the runtime's Intl cannot say (Intl.Locale week info is missing from some engines).
const firstDayByLanguage: Record<string, IsoWeekday> = { en: 7, ru: 1, be: 1 };

/**
 * Lays out a month for a calendar widget in a reader's locale: which day a week starts on comes from the locale
 * unless `firstDayOfWeek` says otherwise, and weekday names come from Intl. Pure: no clock, no local time zone.
 */
export function monthGrid(year: number, month: number, locale: string, options: { firstDayOfWeek?: number } = {}): MonthGrid {
  const intlLocale = parseLocale(locale);
  if (!Number.isInteger(year) || year < 1 || year > 9999) invalid('year', 'Must be a whole year from 1 to 9999');
  if (!Number.isInteger(month) || month < 1 || month > 12) invalid('month', 'Must be a month from 1 to 12');
  const firstDayOfWeek = options.firstDayOfWeek ?? firstDayOfWeekOf(intlLocale);
  if (!isIsoWeekday(firstDayOfWeek)) invalid('firstDayOfWeek', 'Must be an ISO weekday from 1 (Monday) to 7 (Sunday)');

  const first = new Temporal.PlainDate(year, month, 1);
  const daysBefore = (first.dayOfWeek - firstDayOfWeek + 7) % 7;
  const gridStart = first.subtract({ days: daysBefore });
  const cells = Math.ceil((daysBefore + first.daysInMonth) / 7) * 7;
  const weeks: MonthGridDay[][] = [];
  for (let index = 0; index < cells; index += 1) {
    const date = gridStart.add({ days: index });
    if (index % 7 === 0) weeks.push([]);
    weeks.at(-1)?.push({
      date: date.toString(),
      day: date.day,
      inMonth: date.month === month,
      isoWeekday: date.dayOfWeek as IsoWeekday,
    });
  }
  return { year, month, firstDayOfWeek, weekdays: weekdayNames(locale, firstDayOfWeek), weeks };
}

/** The months before and after a month, across year boundaries, for the widget's arrows. */
export function adjacentMonths(year: number, month: number): { previous: YearMonth; next: YearMonth } {
  if (!Number.isInteger(month) || month < 1 || month > 12) invalid('month', 'Must be a month from 1 to 12');
  return {
    previous: month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 },
    next: month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 },
  };
}

/** The day a week starts on for readers of a locale, from Intl where it knows, else from a small table. */
export function firstDayOfWeekFor(locale: string): IsoWeekday {
  return firstDayOfWeekOf(parseLocale(locale));
}

/**
 * Weekday names in a locale, starting from `firstDayOfWeek`. `short` is Intl's short name, except in English,
 * where calendars print two letters (`Su Mo Tu We Th Fr Sa`) and Intl has no such width: its `short` ("Sun") is
 * cut to two letters, which tells every English weekday apart, whereas `narrow` ("S", "T") does not.
 */
export function weekdayNames(locale: string, firstDayOfWeek: IsoWeekday): WeekdayName[] {
  const isEnglish = parseLocale(locale).language === 'en';
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, offset) => {
    const iso = (((firstDayOfWeek - 1 + offset) % 7) + 1) as IsoWeekday;
    // 1 January 2024 was a Monday, so the ISO weekday is also the day of that month; UTC keeps the reader's zone out.
    const sample = Date.UTC(2024, 0, iso);
    const shortName = short.format(sample);
    return { iso, short: isEnglish ? shortName.slice(0, 2) : shortName, long: long.format(sample) };
  });
}

function firstDayOfWeekOf(locale: Intl.Locale): IsoWeekday {
  // Engines expose week info as getWeekInfo() (the current proposal) or as the older weekInfo getter.
  const withWeekInfo = locale as Intl.Locale & { getWeekInfo?: () => { firstDay?: number }; weekInfo?: { firstDay?: number } };
  const firstDay = withWeekInfo.getWeekInfo?.().firstDay ?? withWeekInfo.weekInfo?.firstDay;
  if (firstDay !== undefined && isIsoWeekday(firstDay)) return firstDay;
  return firstDayByLanguage[locale.language] ?? 1;
}

function isIsoWeekday(value: number): value is IsoWeekday {
  return Number.isInteger(value) && value >= 1 && value <= 7;
}

function parseLocale(locale: string): Intl.Locale {
  try {
    return new Intl.Locale(locale);
  } catch {
    return invalid('locale', 'Must be a language tag such as "en" or "be"');
  }
}

function invalid(field: string, detail: string): never {
  throw new AppError('invalid-input', `The ${field} is not valid: ${detail}`, { issues: [{ pointer: `#/${field}`, detail }] });
}
