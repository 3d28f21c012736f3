import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { messagesFor } from '../locale/messages.js';

/** The page shown when rendering failed: an apology and the way home, never the error itself. */
export function ServerErrorPage({ frame }: { frame: PageFrame }) {
  const t = messagesFor(frame.locale);
  return (
    <PageLayout frame={frame} title={`${t.serverErrorHeading} · ${frame.siteName}`}>
      <h1>{t.serverErrorHeading}</h1>
      <p className="lead">{t.serverErrorLead}</p>
      <p>
        <a href={`/${frame.locale}/`}>{t.goHome}</a>
      </p>
    </PageLayout>
  );
}
