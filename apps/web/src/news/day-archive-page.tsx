import type { ArticleSummary, DayCounts } from '@kraina/core';
import { MonthCalendar } from '../calendar/month-calendar.js';
import { type BreadcrumbStep, Breadcrumbs } from '../layout/breadcrumbs.js';
import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { formatDay } from '../locale/format-date.js';
import { formatMessage, messagesFor } from '../locale/messages.js';
import type { PageMeta } from '../seo/page-head.js';
import { ArticleList } from './article-list.js';

/** The news of one day, beside the month calendar that leads to the other days with news. */
export function DayArchivePage({
  frame,
  date,
  trail,
  items,
  counts,
  dayHref,
  monthHref,
  meta,
  timeZone,
}: {
  frame: PageFrame;
  date: string;
  trail: readonly BreadcrumbStep[];
  items: readonly ArticleSummary[];
  counts: DayCounts;
  dayHref: (date: string) => string;
  monthHref: (year: number, month: number) => string;
  meta: PageMeta;
  timeZone: string;
}) {
  const { locale } = frame;
  const t = messagesFor(locale);
  const day = formatDay(date, locale);
  const heading = formatMessage(locale, t.dayArchiveHeading, { date: day });
  const description = formatMessage(locale, t.dayArchiveDescription, { date: day });
  return (
    <PageLayout frame={frame} title={`${heading} · ${frame.siteName}`} description={description} meta={meta}>
      <Breadcrumbs steps={trail} t={t} />
      <div className="with-aside">
        <div>
          <h1>{heading}</h1>
          {items.length === 0 ? <p>{t.noNewsThatDay}</p> : <ArticleList items={items} locale={locale} timeZone={timeZone} eagerImages={2} />}
        </div>
        <aside>
          <MonthCalendar locale={locale} t={t} counts={counts} selectedDate={date} dayHref={dayHref} monthHref={monthHref} />
        </aside>
      </div>
    </PageLayout>
  );
}
