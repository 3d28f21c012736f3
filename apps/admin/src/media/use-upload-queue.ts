import { type Media, isAppError } from '@kraina/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadMedia } from './upload-media.js';

/** One file on its way into the library: how far it got, and what became of it. */
export interface QueuedUpload {
  key: string;
  filename: string;
  progress: number;
  outcome: { kind: 'uploading' } | { kind: 'uploaded'; media: Media } | { kind: 'refused'; message: string };
}

/** The API's words for a refused file, with each reason it named (a type it does not take, a size over the limit). */
export function refusalText(error: unknown): string {
  if (!isAppError(error)) return error instanceof Error ? error.message : String(error);
  return [error.message, ...error.issues.map((issue) => issue.detail)].filter((line, i, all) => all.indexOf(line) === i).join(' ');
}

let uploadCount = 0;

/**
 * Uploads files side by side, each with its own progress and its own outcome, so one refused file never hides
 * another's success. Uploads still running when the screen closes are stopped.
 */
export function useUploadQueue(onUploaded: (media: Media) => void) {
  const [queue, setQueue] = useState<QueuedUpload[]>([]);
  const running = useRef(new Set<AbortController>());
  const uploaded = useRef(onUploaded);
  useEffect(() => {
    uploaded.current = onUploaded;
  }, [onUploaded]);

  useEffect(() => {
    const controllers = running.current;
    return () => {
      for (const controller of controllers) controller.abort();
    };
  }, []);

  const update = (key: string, change: Partial<QueuedUpload>) => setQueue((all) => all.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)));

  const add = useCallback((files: readonly File[]) => {
    const started = files.map((file) => ({ file, key: `upload-${(uploadCount += 1)}` }));
    setQueue((all) => [...started.map(({ file, key }) => ({ key, filename: file.name, progress: 0, outcome: { kind: 'uploading' } as const })), ...all]);
    for (const { file, key } of started) {
      const controller = new AbortController();
      running.current.add(controller);
      uploadMedia(file, { alt: {}, caption: {}, credit: '' }, (progress) => update(key, { progress }), controller.signal)
        .then((media) => {
          update(key, { progress: 1, outcome: { kind: 'uploaded', media } });
          uploaded.current(media);
        })
        .catch((error: unknown) => update(key, { outcome: { kind: 'refused', message: refusalText(error) } }))
        .finally(() => running.current.delete(controller));
    }
  }, []);

  return { queue, add };
}
