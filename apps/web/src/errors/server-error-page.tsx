import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { messagesFor } from '../locale/messages.js';
import { ErrorLinks } from './error-links.js';

/** The page shown when rendering failed: an apology, a search and the way on, never the error itself. */
export function ServerErrorPage({ frame }: { frame: PageFrame }) {
  const t = messagesFor(frame.locale);
  return (
    <PageLayout frame={frame} title={`${t.serverErrorHeading} · ${frame.siteName}`} noindex>
      <h1>{t.serverErrorHeading}</h1>
      <p className="lead">{t.serverErrorLead}</p>
      <p>{t.serverErrorHelp}</p>
      <ErrorLinks locale={frame.locale} t={t} />
    </PageLayout>
  );
}
