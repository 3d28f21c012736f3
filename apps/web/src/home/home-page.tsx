import type { ArticleSummary, DayCounts } from '@kraina/core';
import { MonthCalendar } from '../calendar/month-calendar.js';
import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { messagesFor } from '../locale/messages.js';
import type { ImageSource } from '../media/image-sources.js';
import { ArticleList } from '../news/article-list.js';
import type { RelatedLink } from '../news/article-page.js';
import { newsListPath } from '../news/news-paths.js';
import type { PageMeta } from '../seo/page-head.js';

/** What the home page shows, loaded by its route. */
export interface HomeContent {
  topNews: readonly ArticleSummary[];
  /** The top stories' pictures, by media id, with their renditions and sizes. */
  images: ReadonlyMap<string, ImageSource>;
  upcomingEvents: readonly RelatedLink[];
  featuredPlaces: readonly RelatedLink[];
  counts: DayCounts;
  today: string;
}

/** The home page: top news, upcoming events, featured places and the month's news calendar. */
export function HomePage({
  frame,
  content,
  meta,
  timeZone,
  dayHref,
  monthHref,
}: {
  frame: PageFrame;
  content: HomeContent;
  meta: PageMeta;
  timeZone: string;
  dayHref: (date: string) => string;
  monthHref: (year: number, month: number) => string;
}) {
  const { locale } = frame;
  const t = messagesFor(locale);
  return (
    <PageLayout frame={frame} title={`${frame.siteName}: ${t.homeHeading}`} description={t.homeDescription} meta={meta}>
      <h1>{t.homeHeading}</h1>
      <p className="lead">{t.homeDescription}</p>
      <div className="with-aside">
        <section aria-labelledby="top-news">
          <h2 id="top-news">{t.topNews}</h2>
          {content.topNews.length === 0 ? (
            <p>{t.nothingPublishedYet}</p>
          ) : (
            <ArticleList items={content.topNews} locale={locale} timeZone={timeZone} headingLevel={3} eagerImages={2} images={content.images} />
          )}
          <p>
            <a href={newsListPath(locale)}>{t.allNews}</a>
          </p>
        </section>
        <aside>
          <MonthCalendar locale={locale} t={t} counts={content.counts} selectedDate={content.today} dayHref={dayHref} monthHref={monthHref} />
        </aside>
      </div>
      <div className="home-sections">
        <LinkSection id="upcoming-events" heading={t.upcomingEvents} links={content.upcomingEvents} empty={t.nothingPublishedYet} more={{ text: t.allEvents, href: `/${locale}/events/` }} />
        <LinkSection id="featured-places" heading={t.featuredPlaces} links={content.featuredPlaces} empty={t.nothingPublishedYet} more={{ text: t.allPlaces, href: `/${locale}/places/` }} />
      </div>
    </PageLayout>
  );
}

function LinkSection({ id, heading, links, empty, more }: { id: string; heading: string; links: readonly RelatedLink[]; empty: string; more: { text: string; href: string } }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {links.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="link-list">
          {links.map((link) => (
            <li key={link.id}>
              <a href={link.path}>{link.name}</a>
              {link.note ? <span className="link-list__note">{link.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={more.href}>{more.text}</a>
      </p>
    </section>
  );
}
