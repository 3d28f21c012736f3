import { type DayCounts, type Locale, monthGrid } from '@kraina/core';
import { formatDay } from '../locale/format-date.js';
import { type Messages, formatMessage } from '../locale/messages.js';

/**
 * The month as a grid of weeks in the reader's locale (Sunday first in English, Monday first in Russian and
 * Belarusian, weekday names from Intl), each day with events a link to the list of that day. A table of links, so
 * it works with JavaScript off and a screen reader announces each day with its date and how many events it has.
 */
export function EventMonthGrid({
  locale,
  t,
  counts,
  today,
  labelledBy,
  dayHref,
}: {
  locale: Locale;
  t: Messages;
  counts: DayCounts;
  /** The portal's today, marked in the grid. */
  today: string;
  labelledBy: string;
  dayHref: (day: string) => string;
}) {
  const grid = monthGrid(counts.year, counts.month, locale);
  return (
    <table className="event-grid" aria-labelledby={labelledBy}>
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
              const isToday = day.date === today;
              const className = [count > 0 ? 'has-events' : '', isToday ? 'is-today' : ''].filter(Boolean).join(' ') || undefined;
              return (
                <td key={day.date} className={className}>
                  {count === 0 ? (
                    <span aria-current={isToday ? 'date' : undefined}>{day.day}</span>
                  ) : (
                    <a
                      href={dayHref(day.date)}
                      aria-label={formatMessage(locale, t.eventsDayWithEvents, { date: formatDay(day.date, locale), count })}
                      aria-current={isToday ? 'date' : undefined}
                    >
                      {/* Only the day is visible text, so the label (date and count) contains what a voice user reads. */}
                      {day.day}
                    </a>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
