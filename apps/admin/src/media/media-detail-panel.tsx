import { type Media, isAppError } from '@kraina/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/api-client.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { MediaDetailForm } from './media-detail-form.js';
import { mediaListKey } from './use-media-page.js';
import { refusalText } from './use-upload-queue.js';

interface MediaDetailPanelProps {
  id: string;
  onClose: () => void;
}

/**
 * One media item: its description to edit, and its deletion, which the API refuses while any article, event or place
 * shows the item, naming each; that refusal is where the panel learns where the item is used.
 */
export function MediaDetailPanel({ id, onClose }: MediaDetailPanelProps) {
  const { t, locale } = useLocale();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const media = useQuery({ queryKey: ['media', id], queryFn: () => api.getMedia({ params: { id } }) });

  // Opening an item moves focus to it, so a keyboard user lands in the panel rather than back at the grid's top.
  useEffect(() => heading.current?.focus(), [id, media.isSuccess]);

  function showSaved(saved: Media) {
    queryClient.setQueryData(['media', saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: mediaListKey });
  }

  const remove = useMutation({
    mutationFn: () => api.deleteMedia({ params: { id } }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ['media', id] });
      await queryClient.invalidateQueries({ queryKey: mediaListKey });
      onClose();
    },
    onSettled: () => setConfirming(false),
  });
  const inUse = remove.error !== null && isAppError(remove.error) && remove.error.code === 'conflict';

  if (media.isPending) return <p role="status">{t('loading')}</p>;
  if (media.isError) return <p role="alert">{t('requestFailed', { message: media.error.message })}</p>;
  const item = media.data;
  return (
    <section className="panel media-detail" aria-labelledby={`media-detail-${id}`}>
      <div className="page-heading">
        <h2 id={`media-detail-${id}`} ref={heading} tabIndex={-1}>
          {item.filename}
        </h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('mediaClose')}
        </button>
      </div>
      <p className="field__hint">
        {t('mediaFacts', { kind: t(item.kind === 'image' ? 'mediaKindImage' : 'mediaKindDocument'), kilobytes: Math.max(1, Math.round(item.bytes / 1024)), uploaded: formatDateTime(item.createdAt, locale) })}
        {item.width !== null && item.height !== null ? ` · ${item.width}×${item.height}` : ''}
      </p>
      <MediaDetailForm key={item.id} media={item} onSaved={showSaved} />
      <div className="media-detail__delete">
        {confirming ? (
          <>
            <p>{t('mediaDeleteConfirm', { filename: item.filename })}</p>
            <button type="button" className="button" disabled={remove.isPending} onClick={() => remove.mutate()}>
              {t('mediaDeleteYes')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
              {t('mediaDeleteNo')}
            </button>
          </>
        ) : (
          <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
            {t('mediaDelete')}
          </button>
        )}
        <div role="alert" className="outcome outcome--refused">
          {remove.error && <p>{inUse ? t('mediaInUse', { message: remove.error.message }) : t('mediaRefused', { message: refusalText(remove.error) })}</p>}
          {inUse && isAppError(remove.error) && (
            <ul aria-label={t('mediaUsedBy')}>
              {remove.error.issues.map((issue) => (
                <li key={issue.detail}>{issue.detail}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
