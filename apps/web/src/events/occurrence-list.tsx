import { type EventOccurrence, type Locale, eventPagePath, resolveLocalized } from '@kraina/core';
import { type Messages, formatMessage } from '../locale/messages.js';
import { EventStatusBadge } from './event-status.js';
import { formatClock, formatSpan, spanOf, zoneLabel } from './event-when.js';
import { dateFormat } from '../locale/format-date.js';

/** The occurrences of a window grouped by the day they start, one started earlier under the window's first day. */
export function groupByDay(occurrences: readonly EventOccurrence[], firstDay: string): Map<string, EventOccurrence[]> {
  const days = new Map<string, EventOccurrence[]>();
  for (const occurrence of occurrences) {
    // `YYYY-MM-DD` strings compare as the days they name.
    const day = occurrence.localDate < firstDay ? firstDay : occurrence.localDate;
    days.set(day, [...(days.get(day) ?? []), occurrence]);
  }
  return new Map([...days].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** When an occurrence happens, as a line under its day: "19:00–20:30", "All day", or its run of days. */
function whenText(occurrence: EventOccurrence, locale: Locale, t: Messages, portalZone: string): string {
  const span = spanOf(occurrence);
  if (span.allDay) return span.start === span.end ? t.eventAllDay : formatSpan(span, locale);
  const sameDay = span.start.slice(0, 10) === span.end.slice(0, 10);
  const text = sameDay ? `${formatClock(span.start, locale)}–${formatClock(span.end, locale)}` : formatSpan(span, locale);
  // An event on another clock than the portal's says which, so 19:00 is not read as Minsk time.
  return occurrence.timeZone === portalZone ? text : `${text} (${zoneLabel(occurrence.timeZone, locale, new Date(occurrence.startsAt))})`;
}

/** The calendar's list: each day a heading, under it the day's events with time, status, category and city. */
export function OccurrenceList({
  occurrences,
  firstDay,
  locale,
  t,
  portalZone,
}: {
  occurrences: readonly EventOccurrence[];
  firstDay: string;
  locale: Locale;
  t: Messages;
  portalZone: string;
}) {
  const dayName = dateFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  return (
    <ol className="event-days">
      {[...groupByDay(occurrences, firstDay)].map(([day, items]) => (
        <li key={day} className="event-day">
          <h3 id={`day-${day}`}>
            <time dateTime={day}>{dayName.format(new Date(`${day}T00:00:00Z`))}</time>
          </h3>
          <ul className="event-day__items">
            {items.map((occurrence) => {
              const { event } = occurrence;
              const text = resolveLocalized(event.translations, locale);
              const city = occurrence.city ? resolveLocalized(occurrence.city, locale)?.value : undefined;
              const lang = text && text.locale !== locale ? text.locale : undefined;
              return (
                <li key={`${event.id}-${occurrence.startsAt}-${occurrence.sessionIndex}`} className={`event-item event-item--${event.eventStatus}`}>
                  <p className="event-item__when">
                    <time dateTime={occurrence.start}>{whenText(occurrence, locale, t, portalZone)}</time>
                    {occurrence.localDate < firstDay ? <span> · {t.eventsContinuing}</span> : null}
                  </p>
                  <h4 className="event-item__title">
                    <a href={eventPagePath(locale, event)} lang={lang}>
                      {text?.value.title ?? event.slug}
                    </a>
                  </h4>
                  <p className="event-item__meta">
                    <EventStatusBadge status={event.eventStatus} locale={locale} />
                    <span>{formatMessage(locale, t.eventCategory, { category: event.category })}</span>
                    {city ? <span>{city}</span> : null}
                  </p>
                  {text?.value.summary ? (
                    <p className="event-item__summary" lang={lang}>
                      {text.value.summary}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
