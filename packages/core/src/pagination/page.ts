import { z } from 'zod';

/** An opaque position in a list, from a previous page's `nextCursor`. */
export const CursorSchema = z.string().min(1).max(512).regex(/^[A-Za-z0-9_-]+$/, 'Must be a cursor from a previous page');

/** How many items a page holds: 1 to 100, 20 unless asked. */
export const PageSizeSchema = z.coerce.number().int().min(1).max(100).default(20);

/** A page of a list: its items, and the cursor of the next page (null at the end). */
export function cursorPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** A page of a numbered list, for archives a reader pages through by number: also the total and the page count. */
export function numberedPage<T extends z.ZodType>(item: T) {
  return cursorPage(item).extend({
    page: z.int().positive().nullable(),
    total: z.int().nonnegative().nullable(),
    totalPages: z.int().nonnegative().nullable(),
  });
}
