import type { z } from 'zod';
import { MediaSchema } from './media.js';

/**
 * What a reader's page may know of a media item that published content shows: its renditions and their sizes,
 * alt text, caption, credit and focal point. The uploaded file name, its byte count and when or by whom it was
 * uploaded stay in the staff read (`getMedia`): a file name like `IMG_minister_private.jpg` is not for readers.
 */
export const PublicMediaSchema = MediaSchema.pick({
  id: true,
  kind: true,
  mimeType: true,
  url: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
  focalPoint: true,
  variants: true,
}).meta({ id: 'PublicMedia' });
/** A media item as readers may see it. */
export type PublicMedia = z.infer<typeof PublicMediaSchema>;
