import type { Media } from '@kraina/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLocale } from '../locale/locale-context.js';
import { MediaGrid } from './media-grid.js';
import { MediaUploadZone } from './media-upload-zone.js';
import { mediaListKey, useMediaPage } from './use-media-page.js';

interface MediaPickerProps {
  open: boolean;
  onClose: () => void;
  onChoose: (media: Media) => void;
  /** What may be chosen: images for a lead photo or gallery, documents for an attachment. */
  kind?: Media['kind'];
}

/**
 * A dialog to choose an item from the media library, or to upload a new one and choose it: for any editor with an
 * image to place (article, event, place). A modal `<dialog>`, so focus stays inside, Escape closes it, and focus
 * returns to what opened it.
 */
export function MediaPicker({ open, onClose, onChoose, kind = 'image' }: MediaPickerProps) {
  const { t } = useLocale();
  const ids = { heading: useId(), search: useId() };
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const queryClient = useQueryClient();
  const [q, setQ] = useState<string | undefined>();
  const [cursors, setCursors] = useState<string[]>([]);
  const page = useMediaPage({ kind, ...(q === undefined ? {} : { q }), cursor: cursors.at(-1) });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  function closed() {
    if (opener.current instanceof HTMLElement) opener.current.focus();
    onClose();
  }

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // React passes events up its own tree, portals included: the editor's form around the picker must not save.
    event.stopPropagation();
    const text = new FormData(event.currentTarget).get('q');
    setQ(typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined);
    setCursors([]);
  }

  const items = page.data?.items ?? [];
  const nextCursor = page.data?.nextCursor ?? null;
  // In <body> rather than in place: the picker's search is a form, and the editor it opens from is one too.
  return createPortal(
    <dialog ref={dialog} className="media-picker" aria-labelledby={ids.heading} onClose={closed}>
      {open && (
        <>
          <div className="page-heading">
            <h2 id={ids.heading}>{t('mediaPickerHeading')}</h2>
            <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
              {t('mediaClose')}
            </button>
          </div>
          <form className="filters" role="search" onSubmit={search}>
            <label htmlFor={ids.search}>{t('mediaSearch')}</label>
            <input id={ids.search} type="search" name="q" defaultValue={q ?? ''} />
            <button type="submit" className="button">
              {t('mediaApplyFilters')}
            </button>
          </form>
          {page.isPending && <p role="status">{t('loading')}</p>}
          {page.isError && <p role="alert">{t('requestFailed', { message: page.error.message })}</p>}
          {page.isSuccess && items.length === 0 && <p>{t('mediaNone')}</p>}
          <MediaGrid
            items={items}
            actionLabel={(media) => t('mediaChoose', { filename: media.filename })}
            onAction={(media) => {
              onChoose(media);
              dialog.current?.close();
            }}
          />
          <div className="pager">
            {cursors.length > 0 && (
              <button type="button" className="button button--quiet" onClick={() => setCursors([])}>
                {t('mediaFirstPage')}
              </button>
            )}
            {nextCursor !== null && (
              <button type="button" className="button button--quiet" onClick={() => setCursors([...cursors, nextCursor])}>
                {t('mediaNextPage')}
              </button>
            )}
          </div>
          <section aria-label={t('mediaUploadHeading')}>
            <h3>{t('mediaUploadHeading')}</h3>
            <MediaUploadZone
              onUploaded={() => {
                setCursors([]);
                void queryClient.invalidateQueries({ queryKey: mediaListKey });
              }}
            />
          </section>
        </>
      )}
    </dialog>,
    document.body,
  );
}
