import { Temporal } from 'temporal-polyfill';

/** How often a session repeats, as the builder offers it; `none` is a one-off. */
export type RepeatFrequency = 'none' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
/** Weekdays as RFC 5545 writes them, Monday first. */
export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** A weekday as RFC 5545 writes it. */
export type WeekdayCode = (typeof weekdayCodes)[number];

/** The recurrence builder's choices for one session. */
export interface RepeatValues {
  frequency: RepeatFrequency;
  interval: number;
  /** Weekly: on which days. */
  weekdays: WeekdayCode[];
  /** Monthly: on the same day of the month, or on the start's weekday by its place in the month (2nd, last). */
  monthlyBy: 'day' | 'nth' | 'last';
  ends: 'never' | 'count' | 'until';
  count: number;
  /** The last day, `YYYY-MM-DD`, in the session's zone. */
  until: string;
  /** A rule the builder cannot show (BYMONTHDAY lists, BYSETPOS…), kept as written rather than lost. */
  custom: string;
}

/** The ISO weekday code of a date-time or date's day. */
export function weekdayOf(start: string): WeekdayCode {
  return weekdayCodes[Temporal.PlainDate.from(start.slice(0, 10)).dayOfWeek - 1] ?? 'MO';
}

/** A one-off session's builder state; the weekly days are filled from the start when weekly is chosen. */
export function noRepeat(): RepeatValues {
  return { frequency: 'none', interval: 1, weekdays: [], monthlyBy: 'day', ends: 'never', count: 10, until: '', custom: '' };
}

/**
 * The RRULE the builder's choices make for a session starting at `start`, or undefined for a one-off. The nth
 * weekday is the start's own (the 2nd Saturday when the first occurrence is one), so the rule and start agree.
 */
export function ruleOf(repeat: RepeatValues, start: string): string | undefined {
  if (repeat.custom !== '') return repeat.custom;
  if (repeat.frequency === 'none') return undefined;
  const parts = [`FREQ=${repeat.frequency}`];
  if (repeat.interval !== 1) parts.push(`INTERVAL=${repeat.interval}`);
  if (repeat.frequency === 'WEEKLY' && repeat.weekdays.length > 0) {
    parts.push(`BYDAY=${weekdayCodes.filter((code) => repeat.weekdays.includes(code)).join(',')}`);
  }
  if (repeat.frequency === 'MONTHLY' && repeat.monthlyBy !== 'day' && start.length >= 10) {
    const day = Temporal.PlainDate.from(start.slice(0, 10));
    const position = repeat.monthlyBy === 'last' ? -1 : Math.ceil(day.day / 7);
    parts.push(`BYDAY=${position}${weekdayOf(start)}`);
  }
  if (repeat.ends === 'count') parts.push(`COUNT=${repeat.count}`);
  if (repeat.ends === 'until' && repeat.until !== '') parts.push(`UNTIL=${repeat.until.replaceAll('-', '')}`);
  return parts.join(';');
}

const builderParts = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'COUNT', 'UNTIL']);

/** The builder's choices for a saved rule; a rule it cannot show comes back as `custom`, to be kept as it is. */
export function repeatOf(rule: string | undefined, start: string): RepeatValues {
  const repeat = noRepeat();
  if (rule === undefined || rule === '') return repeat;
  const parts = new Map(rule.split(';').map((part) => part.split('=') as [string, string]));
  const freq = parts.get('FREQ') ?? '';
  const byDay = parts.get('BYDAY');
  const until = parts.get('UNTIL');
  const readable =
    [...parts.keys()].every((name) => builderParts.has(name)) &&
    ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq) &&
    (until === undefined || /^\d{8}$/.test(until)) &&
    (byDay === undefined || (freq === 'WEEKLY' && /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/.test(byDay)) || (freq === 'MONTHLY' && byDay === monthlyByDay(start, byDay)));
  if (!readable) return { ...repeat, custom: rule };
  return {
    ...repeat,
    frequency: freq as RepeatFrequency,
    interval: Number(parts.get('INTERVAL') ?? '1'),
    weekdays: freq === 'WEEKLY' && byDay !== undefined ? (byDay.split(',') as WeekdayCode[]) : repeat.weekdays,
    monthlyBy: freq === 'MONTHLY' && byDay !== undefined ? (byDay.startsWith('-1') ? 'last' : 'nth') : 'day',
    ends: parts.has('COUNT') ? 'count' : until !== undefined ? 'until' : 'never',
    count: Number(parts.get('COUNT') ?? repeat.count),
    until: until === undefined ? '' : `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`,
  };
}

// A monthly BYDAY the builder shows is the start's weekday in the start's own place, or the last one.
function monthlyByDay(start: string, byDay: string): string | undefined {
  if (start.length < 10) return undefined;
  const weekday = weekdayOf(start);
  if (byDay === `-1${weekday}`) return byDay;
  return `${Math.ceil(Temporal.PlainDate.from(start.slice(0, 10)).day / 7)}${weekday}`;
}
