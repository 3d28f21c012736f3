import { ErrorLinks } from '../errors/error-links.js';
import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { messagesFor } from '../locale/messages.js';

/** The page for a preview link that has expired, was altered, or names an item since deleted: one answer for all. */
export function PreviewGonePage({ frame }: { frame: PageFrame }) {
  const t = messagesFor(frame.locale);
  return (
    <PageLayout frame={frame} title={`${t.previewGoneHeading} · ${frame.siteName}`} noindex>
      <h1>{t.previewGoneHeading}</h1>
      <p className="lead">{t.previewGoneLead}</p>
      <p>{t.previewGoneHelp}</p>
      <ErrorLinks locale={frame.locale} t={t} />
    </PageLayout>
  );
}
