import { Temporal } from 'temporal-polyfill';
import type { Locale } from '../locale/locale.js';
import { type EventSessionInput, defaultTimeZone } from './event-schedule.js';

// The words live here rather than in each app's message catalogue so the public page and the editor's preview
// say the same thing about the same rule; core has no ICU formatter, so plurals go through Intl.PluralRules.

type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

interface RecurrenceWords {
  /** "Every week" when the interval is 1; otherwise the plural forms of "every # weeks". */
  every: Record<Frequency, { one: string; many: PluralForms }>;
  repeats: string;
  nthWeekday: (weekday: string, n: number) => string;
  lastWeekday: (weekday: string) => string;
  count: PluralForms;
  until: (date: string) => string;
}

const english: RecurrenceWords = {
  every: {
    DAILY: { one: 'Every day', many: { other: 'Every # days' } },
    WEEKLY: { one: 'Every week', many: { other: 'Every # weeks' } },
    MONTHLY: { one: 'Every month', many: { other: 'Every # months' } },
    YEARLY: { one: 'Every year', many: { other: 'Every # years' } },
  },
  repeats: 'Repeats',
  nthWeekday: (weekday, n) => `the ${englishOrdinal(n)} ${weekday}`,
  lastWeekday: (weekday) => `the last ${weekday}`,
  count: { one: '# time in all', other: '# times in all' },
  until: (date) => `until ${date}`,
};

const russian: RecurrenceWords = {
  every: {
    DAILY: { one: 'Каждый день', many: { one: 'Каждый # день', few: 'Каждые # дня', many: 'Каждые # дней', other: 'Каждые # дня' } },
    WEEKLY: { one: 'Каждую неделю', many: { one: 'Каждую # неделю', few: 'Каждые # недели', many: 'Каждые # недель', other: 'Каждые # недели' } },
    MONTHLY: { one: 'Каждый месяц', many: { one: 'Каждый # месяц', few: 'Каждые # месяца', many: 'Каждые # месяцев', other: 'Каждые # месяца' } },
    YEARLY: { one: 'Каждый год', many: { one: 'Каждый # год', few: 'Каждые # года', many: 'Каждые # лет', other: 'Каждые # года' } },
  },
  repeats: 'Повторяется',
  nthWeekday: (weekday, n) => `${weekday} (${n}-й в месяце)`,
  lastWeekday: (weekday) => `${weekday} (последний в месяце)`,
  count: { one: 'всего # раз', few: 'всего # раза', many: 'всего # раз', other: 'всего # раза' },
  until: (date) => `до ${date}`,
};

const belarusian: RecurrenceWords = {
  every: {
    DAILY: { one: 'Кожны дзень', many: { one: 'Кожны # дзень', few: 'Кожныя # дні', many: 'Кожныя # дзён', other: 'Кожныя # дня' } },
    WEEKLY: { one: 'Кожны тыдзень', many: { one: 'Кожны # тыдзень', few: 'Кожныя # тыдні', many: 'Кожныя # тыдняў', other: 'Кожныя # тыдня' } },
    MONTHLY: { one: 'Кожны месяц', many: { one: 'Кожны # месяц', few: 'Кожныя # месяцы', many: 'Кожныя # месяцаў', other: 'Кожныя # месяца' } },
    YEARLY: { one: 'Кожны год', many: { one: 'Кожны # год', few: 'Кожныя # гады', many: 'Кожныя # гадоў', other: 'Кожныя # года' } },
  },
  repeats: 'Паўтараецца',
  nthWeekday: (weekday, n) => `${weekday} (${n}-і ў месяцы)`,
  lastWeekday: (weekday) => `${weekday} (апошні ў месяцы)`,
  count: { one: 'усяго # раз', few: 'усяго # разы', many: 'усяго # разоў', other: 'усяго # разу' },
  until: (date) => `да ${date}`,
};

// Content locales without words of their own read English, the portal's lingua franca for staff.
const wordsByLanguage: Record<string, RecurrenceWords> = { en: english, ru: russian, be: belarusian };

function englishOrdinal(n: number): string {
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)];
  return `${n}${suffix}`;
}

function plural(forms: PluralForms, count: number, locale: string): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return form.replace('#', new Intl.NumberFormat(locale).format(count));
}

const isoWeekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const frequencies = new Set<string>(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

/**
 * A session's recurrence rule in words, in a content locale: "Every week: Saturday · until 30 June",
 * "Каждый месяц: суббота (1-й в месяце) · всего 10 раз"; undefined when the session does not repeat by rule.
 * UNTIL is read as a day in the session's zone, with the year only when it differs from the first occurrence's.
 */
export function describeRecurrence(session: EventSessionInput, locale: Locale): string | undefined {
  if (session.rrule === undefined) return undefined;
  const words = wordsByLanguage[locale.split('-')[0] ?? ''] ?? english;
  const parts = new Map(session.rrule.split(';').map((part) => part.split('=') as [string, string]));
  const freq = parts.get('FREQ') ?? '';
  const interval = Number(parts.get('INTERVAL') ?? '1');
  let phrase = words.repeats;
  if (frequencies.has(freq)) {
    const every = words.every[freq as Frequency];
    phrase = interval === 1 ? every.one : plural(every.many, interval, locale);
  }
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    const names = byDay.split(',').flatMap((item) => {
      const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
      const index = match ? isoWeekdays.indexOf(match[2] ?? '') : -1;
      if (!match || index === -1) return [];
      // 2024-01-01 was a Monday, so day n of that week is ISO weekday n + 1.
      const name = weekday.format(Date.UTC(2024, 0, 1 + index));
      if (match[1] === undefined) return [name];
      const n = Number(match[1]);
      return [n < 0 ? words.lastWeekday(name) : words.nthWeekday(name, n)];
    });
    if (names.length > 0) phrase = `${phrase}: ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(names)}`;
  }
  const sentence = [phrase];
  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count !== undefined) sentence.push(plural(words.count, Number(count), locale));
  else if (until !== undefined) sentence.push(words.until(lastDay(until, session, locale)));
  return sentence.join(' · ');
}

/** UNTIL as a reader's day: "30 June", or "30 June 2027" when the series runs into another year. */
function lastDay(until: string, session: EventSessionInput, locale: Locale): string {
  let day = Temporal.PlainDate.from(`${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`);
  if (until.includes('T')) {
    // A UTC moment ends the series; the day it falls on is the one in the session's own zone.
    const instant = Temporal.Instant.from(`${day.toString()}T${until.slice(9, 11)}:${until.slice(11, 13)}:${until.slice(13, 15)}Z`);
    day = instant.toZonedDateTimeISO(session.timeZone ?? defaultTimeZone).toPlainDate();
  }
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    // Formatted in UTC from a UTC midnight, so the reader's own zone can never move the day.
    .formatToParts(day.toZonedDateTime('UTC').epochMilliseconds);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // Day first in every language, as the portal writes dates in running text, though Intl's `en` says "June 30".
  const dayAndMonth = `${part('day')} ${part('month')}`;
  return day.year === Number(session.start.slice(0, 4)) ? dayAndMonth : `${dayAndMonth} ${part('year')}`;
}
