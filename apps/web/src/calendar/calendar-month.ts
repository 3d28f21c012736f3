/** A month to show in the calendar widget. */
export interface CalendarMonth {
  year: number;
  month: number;
}

/**
 * The month a page's calendar shows: the one its `?month=YYYY-MM` asks for, else the page's own. A malformed or
 * far-fetched value is ignored rather than refused, since the calendar is only part of the page.
 */
export function calendarMonthOf(query: unknown, fallback: CalendarMonth): CalendarMonth {
  if (typeof query !== 'string') return fallback;
  const match = /^(\d{4})-(\d{2})$/.exec(query);
  if (!match) return fallback;
  const year = Number(match[1]);
  const month = Number(match[2]);
  // The API counts news from 1900 to 2200; outside it there is nothing to show.
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return fallback;
  return { year, month };
}

/** `2026-04`, as the widget's month links write it. */
export function monthParam(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
