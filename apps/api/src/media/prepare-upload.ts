import { AppError, type MediaMimeType } from '@kraina/core';
import { type ImageVariant, makeImageVariants } from './image-variants.js';
import { type UploadLimits, inspectUpload } from './inspect-upload.js';
import type { UploadedFile } from './read-upload-form.js';

/** One file to store for a media item; `variant` is set for an image's renditions. */
export interface FileToStore {
  key: string;
  bytes: Buffer;
  contentType: string;
  variant?: Pick<ImageVariant, 'width' | 'height' | 'format'>;
}

/** An upload checked and converted, ready for the media store: the item's facts and every file it needs. */
export interface PreparedMedia {
  id: string;
  kind: 'image' | 'document';
  /** The uploaded name made safe to show; never a path. */
  filename: string;
  /** The type of the file at `storageKey`, the one readers fetch by default. */
  mimeType: MediaMimeType;
  /** The size of the file at `storageKey`. */
  bytes: number;
  width: number | null;
  height: number | null;
  storageKey: string;
  files: FileToStore[];
}

const contentTypes = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' } as const;

/** The key of an item's main file, `<id>.<extension>`, the name the demo's files and the web app's `/media/<id>` use. */
export const mainKeyOf = (id: string, extension: string) => `${id}.${extension}`;

/**
 * Decides what an upload is by its bytes and makes the files to keep: an image becomes its renditions (WebP, AVIF
 * and its own format at each width, metadata stripped), the largest in its own format doubling as the main file,
 * so the original with its GPS position is never stored; a PDF is kept as sent. Anything else is refused with 422
 * naming `#/body/file`, before any file is written.
 */
export async function prepareUpload(upload: UploadedFile, limits: UploadLimits, id: string = crypto.randomUUID()): Promise<PreparedMedia> {
  const inspected = await inspectUpload(upload.bytes, upload.declaredName, limits);
  if (inspected.kind === 'document') {
    const storageKey = mainKeyOf(id, 'pdf');
    return {
      id,
      kind: 'document',
      filename: inspected.filename,
      mimeType: inspected.mimeType,
      bytes: upload.bytes.length,
      width: null,
      height: null,
      storageKey,
      files: [{ key: storageKey, bytes: upload.bytes, contentType: inspected.mimeType }],
    };
  }
  let variants: ImageVariant[];
  try {
    variants = await makeImageVariants(upload.bytes, inspected, limits.maxPixels);
  } catch (error) {
    // The header was readable but the pixels are not: a truncated or corrupt file, the sender's to fix.
    throw new AppError('invalid-input', 'This file cannot be uploaded', { issues: [{ pointer: '#/body/file', detail: 'The image is damaged and cannot be read' }], cause: error });
  }
  const main = variants.filter((v) => v.format !== 'webp' && v.format !== 'avif').at(-1);
  if (main === undefined) throw new AppError('internal', 'An image produced no rendition in its own format');
  const storageKey = mainKeyOf(id, main.format);
  const files = variants.map(({ width, height, format, buffer }) => ({
    key: width === main.width && format === main.format ? storageKey : `${id}-${width}w.${format}`,
    bytes: buffer,
    contentType: contentTypes[format],
    variant: { width, height, format },
  }));
  return {
    id,
    kind: 'image',
    filename: inspected.filename,
    mimeType: contentTypes[main.format],
    bytes: main.buffer.length,
    width: main.width,
    height: main.height,
    storageKey,
    files,
  };
}
