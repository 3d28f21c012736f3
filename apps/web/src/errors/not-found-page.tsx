import { GuideLinks } from '../layout/guide-menu.js';
import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { formatMessage, messagesFor } from '../locale/messages.js';
import { ErrorLinks } from './error-links.js';

/** The page for an address with nothing at it: says so plainly and offers a search, the main sections and the guides. */
export function NotFoundPage({ frame, path }: { frame: PageFrame; path: string }) {
  const t = messagesFor(frame.locale);
  return (
    <PageLayout frame={frame} title={`${t.notFoundHeading} · ${frame.siteName}`} noindex>
      <h1>{t.notFoundHeading}</h1>
      <p className="lead">{formatMessage(frame.locale, t.notFoundLead, { path })}</p>
      <p>{t.notFoundHelp}</p>
      <ErrorLinks locale={frame.locale} t={t} />
      <GuideLinks locale={frame.locale} t={t} />
    </PageLayout>
  );
}
