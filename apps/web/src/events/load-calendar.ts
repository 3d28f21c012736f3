import { type DayCounts, type EventOccurrence, type KrainaClient, type Locale, countOccurrencesByDay } from '@kraina/core';
import type { CalendarMonth } from '../calendar/calendar-month.js';
import type { EventFilters } from './event-filters.js';
import type { DayWindow } from './event-window.js';

/** The API's largest page. */
const pageSize = 100;
/** Pages read at most for one month: a month with more than a thousand occurrences is shown in part, and says so. */
const maxPages = 10;

/** The occurrences of a month as the calendar shows them, and whether the list stopped short of the month's end. */
export interface CalendarContent {
  occurrences: EventOccurrence[];
  isCut: boolean;
  counts: DayCounts;
}

/**
 * Reads a month of the calendar: the occurrences within `window` (following the API's cursor), and the count per day
 * behind the grid. The API counts by category only, so when a city or a range narrows the list further the grid is
 * counted from the list itself, by core's same rule, and its days agree with what the list shows.
 */
export async function loadCalendar(
  api: KrainaClient,
  { locale, month, window, filters, timeZone }: { locale: Locale; month: CalendarMonth; window: DayWindow | undefined; filters: EventFilters; timeZone: string },
): Promise<CalendarContent> {
  const listing = window === undefined ? Promise.resolve({ occurrences: [], isCut: false }) : listOccurrences(api, locale, window, filters);
  const apiCounts = api.countEventsByDay({ query: { year: month.year, month: month.month, locale, ...(filters.category ? { category: filters.category } : {}) } });
  const [{ occurrences, isCut }, monthCounts] = await Promise.all([listing, apiCounts]);
  if (window === undefined) return { occurrences, isCut, counts: { ...monthCounts, days: {} } };
  const isNarrowed = filters.city !== undefined || filters.from !== undefined || filters.to !== undefined;
  const days = isNarrowed && !isCut ? countOccurrencesByDay(occurrences, timeZone, { from: window.firstDay, to: window.lastDay }) : withinWindow(monthCounts.days, window);
  return { occurrences, isCut, counts: { ...monthCounts, days } };
}

async function listOccurrences(api: KrainaClient, locale: Locale, window: DayWindow, filters: EventFilters) {
  const occurrences: EventOccurrence[] = [];
  const query = {
    locale,
    from: window.from,
    to: window.to,
    limit: pageSize,
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.city ? { city: filters.city } : {}),
  };
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const answer = await api.listEvents({ query: cursor === undefined ? query : { ...query, cursor } });
    occurrences.push(...answer.items);
    if (answer.nextCursor === null) return { occurrences, isCut: false };
    cursor = answer.nextCursor;
  }
  return { occurrences, isCut: true };
}

// `YYYY-MM-DD` strings compare as the days they name.
function withinWindow(days: Record<string, number>, window: DayWindow): Record<string, number> {
  return Object.fromEntries(Object.entries(days).filter(([day]) => day >= window.firstDay && day <= window.lastDay));
}
