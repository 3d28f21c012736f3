import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';
import { LocalizedStringSchema } from '../locale/localized.js';

/** The file types Kraina accepts; uploads are sniffed by content, and anything else is refused. */
export const MediaMimeTypeSchema = z.enum([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'application/pdf',
]);
/** An accepted media file type. */
export type MediaMimeType = z.infer<typeof MediaMimeTypeSchema>;

/** Where the eye should rest in an image, from 0 to 1 across and down, so crops keep the subject in frame. */
export const FocalPointSchema = z.strictObject({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) });

/** One generated rendition of an image, e.g. 640 pixels wide in WebP. */
export const MediaVariantSchema = z.object({
  width: z.int().positive(),
  height: z.int().positive(),
  format: z.enum(['jpeg', 'png', 'webp', 'avif']),
  url: z.string().min(1),
});

/** An image or document in the media library, as the API returns it. */
export const MediaSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['image', 'document']),
    filename: z.string().min(1).max(255),
    mimeType: MediaMimeTypeSchema,
    bytes: z.int().nonnegative(),
    // An image's largest rendition in its original format (metadata stripped), or the document itself.
    url: z.string().min(1).describe('Where the file is served: for an image, its largest rendition in its original format'),
    width: z.int().positive().nullable(),
    height: z.int().positive().nullable(),
    // Alt text is per locale: a reader of Belarusian deserves a description in Belarusian.
    alt: LocalizedStringSchema,
    caption: LocalizedStringSchema,
    credit: z.string().trim().max(300).nullable(),
    focalPoint: FocalPointSchema,
    variants: z.array(MediaVariantSchema),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    version: z.int().nonnegative(),
  })
  .meta({ id: 'Media' });
/** A media library item. */
export type Media = z.infer<typeof MediaSchema>;

/**
 * What staff may edit on a media item after upload; the file itself arrives as multipart form data. `alt` and
 * `caption`, when sent, replace every locale's text; alt text that reads as a file name is refused.
 */
export const UpdateMediaInputSchema = z
  .strictObject({
    alt: LocalizedStringSchema,
    caption: LocalizedStringSchema,
    credit: z.string().trim().max(300).nullable(),
    focalPoint: FocalPointSchema,
    version: z.int().nonnegative().describe('The version this edit is based on, if not sent as If-Match'),
  })
  .partial()
  .meta({ id: 'UpdateMediaInput' });
/** What staff may edit on a media item. */
export type UpdateMediaInput = z.input<typeof UpdateMediaInputSchema>;

/** An image placed on content (a lead photo, a gallery entry): the media item, with an optional caption for this use. */
export const ImageRefSchema = z
  .strictObject({
    mediaId: z.uuid(),
    // "An archive photo": a caption that belongs to this use of the image, not to the image itself.
    caption: LocalizedStringSchema.optional(),
    credit: z.string().trim().min(1).max(300).optional(),
    alt: LocalizedStringSchema.optional(),
  })
  .meta({ id: 'ImageRef' });
/** An image placed on content. */
export type ImageRef = z.infer<typeof ImageRefSchema>;
