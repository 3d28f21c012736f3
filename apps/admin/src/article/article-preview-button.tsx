import { type PreviewLink, isAppError } from '@kraina/core';
import { useState } from 'react';
import { api } from '../api/api-client.js';
import { useAdminSettings } from '../app/admin-settings.js';
import { formatTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { publicSiteUrl } from './public-site-url.js';

/**
 * Asks the API for a signed preview link and opens it on the public site in a new tab. The tab is opened on the
 * click itself, before the request, because browsers block a window opened later from script.
 */
export function ArticlePreviewButton({ articleId }: { articleId: string }) {
  const { t, locale } = useLocale();
  const { publicSiteUrl: siteUrl } = useAdminSettings();
  const [link, setLink] = useState<PreviewLink | undefined>();
  const [state, setState] = useState<{ pending: boolean; failure?: string }>({ pending: false });

  async function openPreview() {
    const tab = window.open('', '_blank');
    setState({ pending: true });
    try {
      const issued = await api.createArticlePreview({ params: { id: articleId } });
      setLink(issued);
      setState({ pending: false });
      if (tab) {
        tab.opener = null; // the public site gets no handle on the editorial app
        tab.location.href = publicSiteUrl(issued.path, siteUrl);
      }
    } catch (error) {
      tab?.close();
      setState({ pending: false, failure: isAppError(error) ? error.message : String(error) });
    }
  }

  return (
    <>
      <button type="button" className="button button--quiet" disabled={state.pending} onClick={() => void openPreview()}>
        {t('articlePreview')}
      </button>
      {link && (
        <a href={publicSiteUrl(link.path, siteUrl)} target="_blank" rel="noopener noreferrer">
          {t('articlePreviewLink', { time: formatTime(new Date(link.expiresAt), locale) })}
        </a>
      )}
      <span role="status">{state.pending ? t('articlePreviewOpening') : ''}</span>
      <span role="alert">{state.failure ? t('articlePreviewFailed', { message: state.failure }) : ''}</span>
    </>
  );
}
