import { basename } from 'node:path';
import { AppError, type MediaMimeType } from '@kraina/core';
import sharp from 'sharp';

/** What an upload may be: bounded in bytes and in pixels (a small file can decode to gigabytes). */
export interface UploadLimits {
  maxBytes: number;
  /** Width × height at most; 50 megapixels holds any camera's photo and refuses decompression bombs. */
  maxPixels: number;
}

/** The limits used unless configured otherwise. */
export const defaultUploadLimits: UploadLimits = { maxBytes: 25 * 1024 * 1024, maxPixels: 50_000_000 };

/** An upload whose type was decided by its bytes. */
export type InspectedUpload =
  | { kind: 'image'; mimeType: Extract<MediaMimeType, `image/${string}`>; width: number; height: number; filename: string }
  | { kind: 'document'; mimeType: 'application/pdf'; filename: string };

const imageTypes = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', heif: 'image/avif' } as const;

function refuse(detail: string): AppError {
  return new AppError('invalid-input', 'This file cannot be uploaded', { issues: [{ pointer: '#/body/file', detail }] });
}

/**
 * A name safe to show and to offer as a download name: the last path segment only (so `../../etc/passwd` is
 * `passwd`), without control or bidirectional-override characters, at most 200 characters. Files are stored under
 * keys made from their ids, never under this name.
 */
export function safeFilename(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = basename(name.replaceAll('\\', '/')).replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return (cleaned === '' || cleaned === '.' || cleaned === '..' ? 'upload' : cleaned).slice(0, 200);
}

/**
 * Decides what an upload is from its bytes alone, never from its name or the Content-Type a browser claims: a JPEG,
 * PNG, WebP, AVIF or GIF that the image library can read, within the pixel limit, or a PDF. Anything else is refused
 * naming the field, SVG included (it can carry script), as is an image whose header promises more pixels than the
 * limit, before any of it is decoded.
 */
export async function inspectUpload(bytes: Buffer, declaredName: string, limits: UploadLimits = defaultUploadLimits): Promise<InspectedUpload> {
  const filename = safeFilename(declaredName);
  if (bytes.length === 0) throw refuse('The file is empty');
  if (bytes.length > limits.maxBytes) throw refuse(`The file is larger than ${Math.floor(limits.maxBytes / 1024 / 1024)} MB`);
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { kind: 'document', mimeType: 'application/pdf', filename };
  let metadata: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    // Reading the header decodes no pixels; the limit also stops sharp itself should anything decode later.
    metadata = await sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error' }).metadata();
  } catch {
    throw refuse('The file is not an image or document of a kind Kraina accepts (JPEG, PNG, WebP, AVIF, GIF, PDF)');
  }
  if (metadata.format === 'svg') throw refuse('SVG images are not accepted: they can carry script; upload a PNG or WebP');
  const mimeType = imageTypes[metadata.format as keyof typeof imageTypes] as InspectedUpload['mimeType'] | undefined;
  if (mimeType === undefined || mimeType === 'application/pdf') throw refuse(`Images in ${metadata.format} format are not accepted`);
  const { width, height } = metadata;
  if (!width || !height) throw refuse('The image has no size');
  if (width * height > limits.maxPixels) throw refuse(`The image is ${width} × ${height} pixels, more than the ${limits.maxPixels / 1_000_000} megapixels accepted`);
  return { kind: 'image', mimeType, width, height, filename };
}
