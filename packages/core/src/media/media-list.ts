import { z } from 'zod';
import { CursorSchema, PageSizeSchema, cursorPage } from '../pagination/page.js';
import { MediaSchema } from './media.js';

/** Staff's view of the media library, newest first: optionally only images or documents, or those whose file name or alt text contains `q`. */
export const MediaListQuerySchema = z
  .strictObject({
    q: z.string().trim().min(1).max(200).optional().describe('Text to find in the file name or in the alt text of any locale'),
    kind: z.enum(['image', 'document']).optional(),
    cursor: CursorSchema.optional(),
    limit: PageSizeSchema,
  })
  .meta({ id: 'MediaListQuery' });
/** Staff's view of the media library. */
export type MediaListQuery = z.input<typeof MediaListQuerySchema>;

/** A page of the media library. */
export const MediaPageSchema = cursorPage(MediaSchema).meta({ id: 'MediaPage' });
/** A page of the media library. */
export type MediaPage = z.infer<typeof MediaPageSchema>;
