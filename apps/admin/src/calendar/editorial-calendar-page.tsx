import { type EditorialCalendarItem, defaultLocales, isAppError, monthGrid } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Temporal } from 'temporal-polyfill';
import { api } from '../api/api-client.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { useLocale } from '../locale/locale-context.js';
import { CalendarItemEntry } from './calendar-item-entry.js';
import { gridRange, monthFromUrl, stepMonth } from './calendar-month.js';
import { useCalendarMove } from './use-calendar-move.js';

const isContentLocale = (value: string | null): value is string => value !== null && (defaultLocales as readonly string[]).includes(value);

/**
 * The month ahead as the newsroom plans it: scheduled publications and take-downs, event occurrences and alert
 * windows, day by day in the portal's zone, with weeks starting on the interface language's first day.
 */
export function EditorialCalendarPage() {
  const { t, locale } = useLocale();
  usePageTitle(t('calendarHeading'));
  const localeId = useId();
  const monthId = useId();
  const [params, setParams] = useSearchParams();
  const month = monthFromUrl(params, Temporal.Now.plainDateISO().toString());
  const contentLocale = isContentLocale(params.get('locale')) ? params.get('locale') ?? undefined : undefined;
  const grid = useMemo(() => monthGrid(month.year, month.month, locale), [month.year, month.month, locale]);
  const range = gridRange(grid);
  const queryKey = ['editorial-calendar', range.from, range.to, contentLocale ?? ''] as const;
  const calendar = useQuery({
    queryKey,
    queryFn: () => api.getEditorialCalendar({ query: { ...range, ...(contentLocale ? { locale: contentLocale } : {}) } }),
  });
  const timeZone = calendar.data?.timeZone ?? 'UTC';
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));
  const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
  const { moveTo, isMoving, outcome } = useCalendarMove(queryKey, formatDay);
  const dragged = useRef<EditorialCalendarItem | undefined>(undefined);
  const [dropDay, setDropDay] = useState<string | undefined>();

  const itemsByDay = new Map<string, EditorialCalendarItem[]>();
  for (const item of calendar.data?.items ?? []) itemsByDay.set(item.day, [...(itemsByDay.get(item.day) ?? []), item]);
  const inMonth = grid.weeks.flat().filter((day) => day.inMonth).reduce((count, day) => count + (itemsByDay.get(day.date)?.length ?? 0), 0);
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(month.year, month.month - 1, 1));

  function drop(day: string) {
    const item = dragged.current;
    dragged.current = undefined;
    setDropDay(undefined);
    if (item) moveTo(item, day);
  }

  return (
    <>
      <h1>{t('calendarHeading')}</h1>
      <div className="filters">
        <Link className="button button--quiet" to={{ search: stepMonth(params, month, 'previous').toString() }}>
          {t('calendarPreviousMonth')}
        </Link>
        <h2 id={monthId} className="calendar__month" aria-live="polite">
          {monthName}
        </h2>
        <Link className="button button--quiet" to={{ search: stepMonth(params, month, 'next').toString() }}>
          {t('calendarNextMonth')}
        </Link>
        <div className="field">
          <label htmlFor={localeId}>{t('calendarLocale')}</label>
          <select
            id={localeId}
            value={contentLocale ?? ''}
            onChange={(event) => {
              const next = new URLSearchParams(params);
              if (event.target.value === '') next.delete('locale');
              else next.set('locale', event.target.value);
              setParams(next);
            }}
          >
            <option value="">{t('calendarAnyLocale')}</option>
            {defaultLocales.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </div>
      </div>
      {calendar.data && <p>{t('calendarZoneNote', { zone: timeZone })} {t('calendarItemCount', { count: inMonth })}</p>}
      {calendar.isPending && <p role="status">{t('loading')}</p>}
      {calendar.isError && <p role="alert">{t('requestFailed', { message: isAppError(calendar.error) ? calendar.error.message : String(calendar.error) })}</p>}
      <p role="status" className="outcome">
        {outcome?.ok === true ? outcome.text : ''}
      </p>
      <p role="alert" className="outcome outcome--refused">
        {outcome?.ok === false ? outcome.text : ''}
      </p>
      <table className="calendar" aria-labelledby={monthId}>
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
              {week.map((day) => (
                <td
                  key={day.date}
                  data-day={day.date}
                  className={['calendar__day', day.inMonth ? '' : 'calendar__day--outside', dropDay === day.date ? 'calendar__day--drop' : ''].join(' ')}
                  onDragOver={(event) => {
                    if (!dragged.current) return;
                    event.preventDefault(); // accepting the drop here
                    setDropDay(day.date);
                  }}
                  onDragLeave={() => setDropDay((current) => (current === day.date ? undefined : current))}
                  onDrop={(event) => {
                    event.preventDefault();
                    drop(day.date);
                  }}
                >
                  <time className="calendar__date" dateTime={day.date} aria-label={formatDay(day.date)}>
                    {day.day}
                  </time>
                  {(itemsByDay.get(day.date)?.length ?? 0) > 0 && (
                    <ul className="calendar__items">
                      {itemsByDay.get(day.date)?.map((item) => (
                        <CalendarItemEntry
                          key={`${item.type}:${item.id}:${item.at}`}
                          item={item}
                          time={timeFormat.format(new Date(item.at))}
                          disabled={isMoving}
                          onDragStart={(started) => (dragged.current = started)}
                          onMove={moveTo}
                        />
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
