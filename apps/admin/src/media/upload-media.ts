import { AppError, type LocalizedString, type Media, MediaSchema, fromProblem, issuesFromZod, mediaFilePart } from '@kraina/core';

/** What is said about an uploaded image: alt text and caption per locale, and who made it. */
export interface ImageDescription {
  alt: LocalizedString;
  caption: LocalizedString;
  credit: string;
}
import { currentCsrfToken } from '../api/csrf-token.js';

/**
 * The multipart body of an upload as the API reads it: each locale's alt text and caption as `alt[<locale>]` and
 * `caption[<locale>]`, the credit, then the file in its own part. Blank fields are left out rather than sent empty.
 */
export function uploadFormData(file: Blob, fileName: string, { alt, caption, credit }: ImageDescription): FormData {
  const form = new FormData();
  for (const [field, texts] of [['alt', alt], ['caption', caption]] as const) {
    for (const [locale, text] of Object.entries(texts)) {
      if (text !== undefined && text.trim() !== '') form.append(`${field}[${locale}]`, text.trim());
    }
  }
  if (credit.trim() !== '') form.append('credit', credit.trim());
  form.append(mediaFilePart, file, fileName);
  return form;
}

/** What the API answered an upload, read as core's client reads any answer: a `Media` on 201, an `AppError` otherwise. */
export function readUploadAnswer(status: number, text: string): Media {
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // a proxy's HTML page: kept as the error's cause
  }
  if (status < 200 || status > 299) throw fromProblem(status, body);
  const parsed = MediaSchema.safeParse(body);
  if (!parsed.success) throw new AppError('internal', 'The API answered the upload with a body that breaks the contract', { issues: issuesFromZod(parsed.error.issues), cause: body });
  return parsed.data;
}

/**
 * Uploads one file to the media library with its description, reporting progress from 0 to 1. XMLHttpRequest, not
 * core's client: fetch reports no upload progress, and a photo from a camera takes long enough to need it.
 */
export function uploadMedia(file: File, description: ImageDescription, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<Media> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/v1/media');
    request.setRequestHeader('Accept', 'application/json');
    const csrfToken = currentCsrfToken();
    if (csrfToken !== undefined) request.setRequestHeader('X-CSRF-Token', csrfToken);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      try {
        resolve(readUploadAnswer(request.status, request.responseText));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    request.addEventListener('error', () => reject(new AppError('unavailable', 'The upload could not reach the API')));
    request.addEventListener('abort', () => reject(new AppError('unavailable', 'The upload was stopped')));
    signal?.addEventListener('abort', () => request.abort());
    request.send(uploadFormData(file, file.name, description));
  });
}
