import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { messagesFor } from '../locale/messages.js';

/** The home page: top news, upcoming events and featured places, each empty until the API serves content. */
export function HomePage({ frame }: { frame: PageFrame }) {
  const t = messagesFor(frame.locale);
  return (
    <PageLayout frame={frame} title={`${frame.siteName}: ${t.homeHeading}`} description={t.homeDescription}>
      <h1>{t.homeHeading}</h1>
      <p className="lead">{t.homeDescription}</p>
      <div className="home-sections">
        <section aria-labelledby="top-news">
          <h2 id="top-news">{t.topNews}</h2>
          <p>{t.nothingPublishedYet}</p>
        </section>
        <section aria-labelledby="upcoming-events">
          <h2 id="upcoming-events">{t.upcomingEvents}</h2>
          <p>{t.nothingPublishedYet}</p>
        </section>
        <section aria-labelledby="featured-places">
          <h2 id="featured-places">{t.featuredPlaces}</h2>
          <p>{t.nothingPublishedYet}</p>
        </section>
      </div>
    </PageLayout>
  );
}
