import type { Locale } from '@kraina/core';
import { formatDateTime } from '../locale/format-date.js';
import { formatMessage, messagesFor } from '../locale/messages.js';

/** What a page shown through a preview link carries, so no one mistakes a draft for the published page. */
export interface PreviewMark {
  /** When the preview link stops working, if the page knows. */
  expiresAt?: string | undefined;
  timeZone: string;
}

/** The banner above a draft shown through a preview link: says plainly it is not public, and until when it shows. */
export function PreviewBanner({ mark, locale }: { mark: PreviewMark; locale: Locale }) {
  const t = messagesFor(locale);
  return (
    <section className="preview-banner" aria-labelledby="preview-banner-title">
      <p id="preview-banner-title" className="preview-banner__title">
        {t.previewBanner}
      </p>
      {mark.expiresAt === undefined ? null : (
        <p>{formatMessage(locale, t.previewBannerNote, { time: formatDateTime(mark.expiresAt, locale, mark.timeZone) })}</p>
      )}
    </section>
  );
}
