import { type DayCounts, type Locale, adjacentMonths, monthGrid } from '@kraina/core';
import { formatDay, formatMonth } from '../locale/format-date.js';
import { type Messages, formatMessage } from '../locale/messages.js';

/** A month as the calendar widget shows it, and where its links lead. */
export interface MonthCalendarProps {
  locale: Locale;
  t: Messages;
  counts: DayCounts;
  /** The day the page is about, marked as current. */
  selectedDate?: string | undefined;
  /** The day archive of a date. */
  dayHref: (date: string) => string;
  /** This page showing the calendar of another month, e.g. `?month=2026-04`. */
  monthHref: (year: number, month: number) => string;
}

/**
 * A month grid in the reader's locale (`Su Mo Tu We Th Fr Sa` in English, Monday first in Russian and Belarusian)
 * with each day that has news linked to its archive. A table of links, so it works with JavaScript off and a screen
 * reader announces each day with its date and how many stories it has.
 */
export function MonthCalendar({ locale, t, counts, selectedDate, dayHref, monthHref }: MonthCalendarProps) {
  const grid = monthGrid(counts.year, counts.month, locale);
  const { previous, next } = adjacentMonths(counts.year, counts.month);
  const title = formatMonth(counts.year, counts.month, locale);
  const headingId = `calendar-${counts.year}-${counts.month}`;
  return (
    <section className="month-calendar" aria-labelledby={headingId}>
      <h2 id={headingId} className="month-calendar__title">
        <span className="visually-hidden">{t.calendarLabel}: </span>
        {title}
      </h2>
      <table className="month-calendar__grid">
        <thead>
          <tr>
            {grid.weekdays.map((weekday) => (
              <th key={weekday.iso} scope="col">
                <abbr title={weekday.long}>{weekday.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr key={week[0]?.date}>
              {week.map((day) => {
                if (!day.inMonth) return <td key={day.date} />;
                const count = counts.days[day.date] ?? 0;
                const isSelected = day.date === selectedDate;
                if (count === 0) {
                  return (
                    <td key={day.date} className={isSelected ? 'is-selected' : undefined}>
                      {day.day}
                    </td>
                  );
                }
                return (
                  <td key={day.date} className={isSelected ? 'has-news is-selected' : 'has-news'}>
                    <a
                      href={dayHref(day.date)}
                      aria-label={formatMessage(locale, t.dayWithNews, { date: formatDay(day.date, locale), count })}
                      aria-current={isSelected ? 'date' : undefined}
                    >
                      {day.day}
                    </a>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="month-calendar__months">
        <a href={monthHref(previous.year, previous.month)} rel="nofollow">
          <span aria-hidden="true">← </span>
          {formatMessage(locale, t.previousMonth, { month: formatMonth(previous.year, previous.month, locale) })}
        </a>
        <a href={monthHref(next.year, next.month)} rel="nofollow">
          {formatMessage(locale, t.nextMonth, { month: formatMonth(next.year, next.month, locale) })}
          <span aria-hidden="true"> →</span>
        </a>
      </p>
    </section>
  );
}
