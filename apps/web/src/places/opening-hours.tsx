import type { Locale, OpeningHours } from '@kraina/core';
import { resolveLocalized } from '@kraina/core';
import { dateFormat } from '../locale/format-date.js';

// ISO weekdays, 1 = Monday; 1 January 2024 was a Monday, so day n is that date plus n − 1 days.
const weekdayName = (day: number, locale: Locale) =>
  dateFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, day));

const clock = (time: string, locale: Locale) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, hours, minutes));
};

/** Days as a reader says them: runs of three or more as a range ("Tuesday – Sunday"), the rest listed. */
export function formatDays(days: readonly number[], locale: Locale): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3 ? [`${weekdayName(run[0] ?? 1, locale)} – ${weekdayName(run.at(-1) ?? 7, locale)}`] : run.map((day) => weekdayName(day, locale)),
  );
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
}

/** When a place is open, one line a period, times on the reader's clock style, and the note. */
export function OpeningHoursList({ hours, locale }: { hours: OpeningHours; locale: Locale }) {
  const note = resolveLocalized(hours.note, locale)?.value;
  return (
    <>
      <ul className="place-hours">
        {hours.periods.map((period, index) => (
          <li key={index}>
            {formatDays(period.days, locale)}: <time dateTime={period.opens}>{clock(period.opens, locale)}</time>–<time dateTime={period.closes}>{clock(period.closes, locale)}</time>
          </li>
        ))}
      </ul>
      {note ? <p className="place-hours__note">{note}</p> : null}
    </>
  );
}
