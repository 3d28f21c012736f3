import type { EventOccurrence } from '@kraina/core';
import { adjacentMonths } from '@kraina/core';
import type { CalendarMonth } from '../calendar/calendar-month.js';
import { type BreadcrumbStep, Breadcrumbs } from '../layout/breadcrumbs.js';
import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { formatDay, formatMonth } from '../locale/format-date.js';
import { formatMessage, messagesFor } from '../locale/messages.js';
import type { PageMeta } from '../seo/page-head.js';
import { EventFilterForm, filterInputId, problemMessage } from './event-filter-form.js';
import type { CalendarRequest } from './event-filters.js';
import { EventMonthGrid } from './event-month-grid.js';
import type { DayWindow } from './event-window.js';
import type { CalendarContent } from './load-calendar.js';
import { OccurrenceList } from './occurrence-list.js';

/** The calendar page's content and where its links lead. */
export interface EventsCalendarPageProps {
  frame: PageFrame;
  trail: readonly BreadcrumbStep[];
  meta: PageMeta;
  request: CalendarRequest;
  /** The days shown: the month, narrowed by the reader's range; undefined when the range misses the month. */
  window: DayWindow | undefined;
  content: CalendarContent;
  today: string;
  portalZone: string;
  formAction: string;
  monthHref: (month: CalendarMonth) => string;
  dayHref: (day: string) => string;
  feedPath: string;
  /** The feed's address for calendar apps, `webcal://…`. */
  subscribeUrl: string;
}

/** The events calendar: filters, the month grid with its neighbours, and the month's events listed day by day. */
export function EventsCalendarPage(props: EventsCalendarPageProps) {
  const { frame, trail, meta, request, window, content, today, portalZone, formAction, monthHref, dayHref } = props;
  const { locale } = frame;
  const t = messagesFor(locale);
  const { month, problems } = request;
  const monthName = formatMonth(month.year, month.month, locale);
  const { previous, next } = adjacentMonths(month.year, month.month);
  const isNarrowed = window !== undefined && (request.filters.from !== undefined || request.filters.to !== undefined);
  const occurrences: readonly EventOccurrence[] = content.occurrences;
  return (
    <PageLayout frame={frame} title={`${t.eventsHeading}: ${monthName} · ${frame.siteName}`} description={t.eventsDescription} meta={meta}>
      <Breadcrumbs steps={trail} t={t} />
      <h1>{t.eventsHeading}</h1>
      <p className="lead">{t.eventsDescription}</p>
      {problems.length === 0 ? null : (
        <div className="error-summary" role="alert" aria-labelledby="events-problems-heading">
          <h2 id="events-problems-heading">{t.eventsFilterProblems}</h2>
          <ul>
            {problems.map((problem) => (
              <li key={problem.field}>
                {/* The month has no field in the form to move to. */}
                {problem.field === 'month' ? problemMessage(problem, locale, t) : <a href={`#${filterInputId(problem.field)}`}>{problemMessage(problem, locale, t)}</a>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <EventFilterForm locale={locale} t={t} action={formAction} month={request.isMonthChosen ? month : undefined} entered={request.entered} problems={problems} />
      <p className="event-feeds">
        <a href={props.feedPath} type="text/calendar">
          {t.eventsFeedLink}
        </a>
        <a href={props.subscribeUrl}>{t.eventsSubscribe}</a>
      </p>
      <div className="events-layout">
        <section className="events-month" aria-labelledby="events-month-heading">
          <h2 id="events-month-heading">{monthName}</h2>
          <EventMonthGrid locale={locale} t={t} counts={content.counts} today={today} labelledBy="events-month-heading" dayHref={dayHref} />
          <nav className="events-month__nav" aria-label={t.eventsMonthsLabel}>
            <a href={monthHref(previous)} rel="prev">
              <span aria-hidden="true">← </span>
              {formatMessage(locale, t.previousMonth, { month: formatMonth(previous.year, previous.month, locale) })}
            </a>
            <a href={monthHref(next)} rel="next">
              {formatMessage(locale, t.nextMonth, { month: formatMonth(next.year, next.month, locale) })}
              <span aria-hidden="true"> →</span>
            </a>
          </nav>
        </section>
        <section className="events-list" aria-labelledby="events-list-heading">
          <h2 id="events-list-heading">
            {isNarrowed && window
              ? formatMessage(locale, t.eventsListRangeHeading, { from: formatDay(window.firstDay, locale), to: formatDay(window.lastDay, locale) })
              : formatMessage(locale, t.eventsListHeading, { month: monthName })}
          </h2>
          {content.isCut ? <p className="notice">{formatMessage(locale, t.eventsListCut, { count: occurrences.length })}</p> : null}
          {occurrences.length === 0 || window === undefined ? (
            <p>{t.eventsNoneFound}</p>
          ) : (
            <OccurrenceList occurrences={occurrences} firstDay={window.firstDay} locale={locale} t={t} portalZone={portalZone} />
          )}
        </section>
      </div>
    </PageLayout>
  );
}
