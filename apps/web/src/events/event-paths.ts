import type { Locale } from '@kraina/core';
import type { CalendarMonth } from '../calendar/calendar-month.js';
import { type EventFilters, calendarQuery } from './event-filters.js';

// Where the events pages live (PRODUCT.md, "Public web"); an event's own page is core's eventPagePath.

/** The events calendar, e.g. `/en/events/?month=2026-12&category=concert`. */
export function eventsCalendarPath(locale: Locale, filters: EventFilters = {}, month?: CalendarMonth): string {
  return `/${locale}/events/${calendarQuery(filters, month)}`;
}

/** The calendar as an iCalendar feed with the same filters (no month: a subscription runs on past any month). */
export function eventsFeedPath(locale: Locale, filters: EventFilters = {}): string {
  return `/${locale}/events.ics${calendarQuery(filters)}`;
}

/** One event as an iCalendar file, for "Add to calendar". */
export function eventICalendarPath(locale: Locale, event: { slug: string }): string {
  return `/${locale}/events/${event.slug}.ics`;
}
