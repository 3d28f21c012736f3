import type { Media } from '@kraina/core';
import { type DragEvent, useId, useState } from 'react';
import { useLocale } from '../locale/locale-context.js';
import { useUploadQueue } from './use-upload-queue.js';
import './media.css';

/** The file types the API takes, offered by the file chooser; the API still decides by the bytes. */
export const acceptedMediaTypes = 'image/jpeg,image/png,image/webp,image/avif,image/gif,application/pdf';

/**
 * Uploads several files at once: dropped on the zone, or chosen with the file input, which is the keyboard's way in.
 * Each file shows its own progress, and beside it what the API said if it refused that file.
 */
export function MediaUploadZone({ onUploaded }: { onUploaded: (media: Media) => void }) {
  const { t } = useLocale();
  const ids = { input: useId(), hint: useId() };
  const { queue, add } = useUploadQueue(onUploaded);
  const [dragging, setDragging] = useState(false);

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    add([...event.dataTransfer.files]);
  }

  return (
    <div className="upload-zone">
      <div
        className={`upload-zone__target${dragging ? ' upload-zone__target--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p id={ids.hint}>{t('mediaDropHint')}</p>
        <label htmlFor={ids.input}>{t('mediaChooseFiles')}</label>
        <input
          id={ids.input}
          type="file"
          multiple
          accept={acceptedMediaTypes}
          aria-describedby={ids.hint}
          onChange={(event) => {
            add([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </div>
      {queue.length > 0 && (
        <ul className="upload-zone__queue" aria-label={t('mediaUploadsHeading')}>
          {queue.map((entry) => (
            <li key={entry.key}>
              <label htmlFor={entry.key}>{entry.filename}</label>
              <progress id={entry.key} max={1} value={entry.progress} />
              <span role={entry.outcome.kind === 'refused' ? 'alert' : 'status'} className={entry.outcome.kind === 'refused' ? 'outcome--refused' : undefined}>
                {entry.outcome.kind === 'uploading'
                  ? t('mediaUploading', { percent: Math.round(entry.progress * 100) })
                  : entry.outcome.kind === 'uploaded'
                    ? t('mediaUploadDone')
                    : t('mediaUploadRefused', { message: entry.outcome.message })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
