import { type EventCategory, EventCategorySchema, isLocalDate } from '@kraina/core';
import type { Request } from 'express';
import { type CalendarMonth, monthParam } from '../calendar/calendar-month.js';
import { monthOfDay } from './event-window.js';

/** What a reader narrowed the calendar to; every field is optional and absent means "any". */
export interface EventFilters {
  category?: EventCategory | undefined;
  city?: string | undefined;
  /** The first day wanted, `YYYY-MM-DD`, in the portal's zone. */
  from?: string | undefined;
  /** The last day wanted, included. */
  to?: string | undefined;
}

/** A field of the calendar's address that a reader can get wrong. */
export type FilterField = 'month' | 'category' | 'city' | 'from' | 'to';

/** A value the calendar could not use, and why: it is left out, and the page says so. */
export interface FilterProblem {
  field: FilterField;
  value: string;
  reason: 'invalid' | 'to-before-from';
}

/** The calendar a request asks for: its month, the filters that could be used, and those that could not. */
export interface CalendarRequest {
  month: CalendarMonth;
  /** Whether the address names the month (`?month=`), rather than the page defaulting to this month. */
  isMonthChosen: boolean;
  filters: EventFilters;
  /** What the reader typed, as typed, so the form shows it back beside its error. */
  entered: Partial<Record<FilterField, string>>;
  problems: FilterProblem[];
}

const cityMaxLength = 200; // as the API's filter allows

// The API serves the calendar from 1900 to 2200; a day outside it is a typing mistake, not a wish.
const isCalendarDay = (day: string) => isLocalDate(day) && day >= '1900-01-01' && day <= '2200-12-31';

/**
 * Reads the calendar's address. A GET form sends empty fields as `city=`, which means "any"; a value that cannot be
 * used (an unknown category, 2026-02-30, a range ending before it starts) is dropped and reported, never guessed at.
 */
export function readCalendarRequest(query: Request['query'], thisMonth: CalendarMonth): CalendarRequest {
  const problems: FilterProblem[] = [];
  const entered: Partial<Record<FilterField, string>> = {};
  const read = (field: FilterField, isValid: (value: string) => boolean): string | undefined => {
    const raw = query[field];
    if (raw === undefined) return undefined;
    // Two values for one field (`?city=a&city=b`) cannot both apply; they are reported as the reader sent them.
    const asText = (item: unknown) => (typeof item === 'string' ? item : JSON.stringify(item));
    const value = typeof raw === 'string' ? raw.trim() : Array.isArray(raw) ? raw.map(asText).join(',') : asText(raw);
    entered[field] = value;
    if (value === '') return undefined;
    if (typeof raw === 'string' && isValid(value)) return value;
    problems.push({ field, value, reason: 'invalid' });
    return undefined;
  };

  const monthText = read('month', (value) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value) && isCalendarDay(`${value}-01`));
  const category = read('category', (value) => EventCategorySchema.safeParse(value).success) as EventCategory | undefined;
  const city = read('city', (value) => value.length <= cityMaxLength && !/\p{Cc}/u.test(value));
  const from = read('from', isCalendarDay);
  let to = read('to', isCalendarDay);
  if (from !== undefined && to !== undefined && to < from) {
    problems.push({ field: 'to', value: to, reason: 'to-before-from' });
    to = undefined;
  }

  const filters: EventFilters = { category, city, from, to };
  // A month the range does not reach would show nothing: the range, typed last into the form, wins.
  const isMonthInRange = monthText !== undefined && !(from !== undefined && from.slice(0, 7) > monthText) && !(to !== undefined && to.slice(0, 7) < monthText);
  if (monthText !== undefined && isMonthInRange) {
    const [year = '', month = ''] = monthText.split('-');
    return { month: { year: Number(year), month: Number(month) }, isMonthChosen: true, filters, entered, problems };
  }
  // A range without a month opens on the month the range starts in.
  const start = from ?? to;
  return { month: start === undefined ? thisMonth : monthOfDay(start), isMonthChosen: false, filters, entered, problems };
}

/** Whether any filter is set. */
export function hasFilters(filters: EventFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

/** The query string of the calendar with these filters (and month, if given), `?` included, or '' when bare. */
export function calendarQuery(filters: EventFilters, month?: CalendarMonth): string {
  const params = new URLSearchParams();
  if (month) params.set('month', monthParam(month.year, month.month));
  for (const field of ['category', 'city', 'from', 'to'] as const) {
    const value = filters[field];
    if (value !== undefined) params.set(field, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
