import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../layout/use-page-title.js';
import { useLocale } from '../locale/locale-context.js';
import { MediaDetailPanel } from './media-detail-panel.js';
import { MediaGrid } from './media-grid.js';
import { type MediaLibraryQuery, mediaQueryFromUrl, mediaQueryToUrl } from './media-list-url.js';
import { MediaUploadZone } from './media-upload-zone.js';
import { mediaListKey, useMediaPage } from './use-media-page.js';

/** The media library: uploads, the grid searched and filtered from the address, and the open item's details. */
export function MediaLibraryPage() {
  const { t } = useLocale();
  usePageTitle(t('mediaHeading'));
  const [params, setParams] = useSearchParams();
  const query = mediaQueryFromUrl(params);
  const queryClient = useQueryClient();
  const page = useMediaPage(query);
  const go = (next: MediaLibraryQuery) => setParams(mediaQueryToUrl(next));

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');
    const next = mediaQueryFromUrl(new URLSearchParams({ q: text('q'), kind: text('kind'), alt: form.get('missingAlt') === 'on' ? 'missing' : '' }));
    setParams(mediaQueryToUrl(next));
  }

  const items = page.data?.items ?? [];
  const nextCursor = page.data?.nextCursor ?? null;
  return (
    <>
      <h1>{t('mediaHeading')}</h1>
      <section aria-labelledby="media-upload-heading">
        <h2 id="media-upload-heading">{t('mediaUploadHeading')}</h2>
        <MediaUploadZone onUploaded={() => void queryClient.invalidateQueries({ queryKey: mediaListKey })} />
      </section>
      <div className={query.item === undefined ? undefined : 'media-library--with-detail'}>
        <section aria-labelledby="media-list-heading">
          <h2 id="media-list-heading">{t('mediaListHeading')}</h2>
          <form className="filters" aria-label={t('mediaFilters')} onSubmit={applyFilters} key={params.toString()}>
            <label>
              {t('mediaSearch')}
              <input type="search" name="q" defaultValue={query.q ?? ''} />
            </label>
            <label>
              {t('mediaKind')}
              <select name="kind" defaultValue={query.kind ?? ''}>
                <option value="">{t('mediaAnyKind')}</option>
                <option value="image">{t('mediaKindImage')}</option>
                <option value="document">{t('mediaKindDocument')}</option>
              </select>
            </label>
            <label className="filters__check">
              <input type="checkbox" name="missingAlt" defaultChecked={query.missingAlt === true} />
              {t('mediaOnlyMissingAlt')}
            </label>
            <button type="submit" className="button">
              {t('mediaApplyFilters')}
            </button>
          </form>
          {page.isPending && <p role="status">{t('loading')}</p>}
          {page.isError && <p role="alert">{t('requestFailed', { message: page.error.message })}</p>}
          {page.isSuccess && items.length === 0 && <p>{t(query.missingAlt === true && nextCursor !== null ? 'mediaNoneMissingHere' : 'mediaNone')}</p>}
          <MediaGrid items={items} selectedId={query.item} actionLabel={(media) => t('mediaOpen', { filename: media.filename })} onAction={(media) => go({ ...query, item: media.id })} />
          <nav className="pager" aria-label={t('mediaPages')}>
            {query.cursor !== undefined && <Link to={`?${mediaQueryToUrl({ ...query, cursor: undefined, item: undefined }).toString()}`}>{t('mediaFirstPage')}</Link>}
            {nextCursor !== null && <Link to={`?${mediaQueryToUrl({ ...query, cursor: nextCursor, item: undefined }).toString()}`}>{t('mediaNextPage')}</Link>}
          </nav>
        </section>
        {query.item !== undefined && <MediaDetailPanel key={query.item} id={query.item} onClose={() => go({ ...query, item: undefined })} />}
      </div>
    </>
  );
}
