import { z } from 'zod';
import { TimestampSchema } from '../content/timestamp.js';
import { LocaleSchema } from '../locale/locale.js';
import { CursorSchema, PageSizeSchema, cursorPage } from '../pagination/page.js';
import { SlugSchema } from '../slug/slug.js';

/** Which page of the published events to read for a sitemap. */
export const EventSitemapQuerySchema = z.strictObject({ cursor: CursorSchema.optional(), limit: PageSizeSchema }).meta({ id: 'EventSitemapQuery' });
/** Which page of the published events to read for a sitemap. */
export type EventSitemapQuery = z.input<typeof EventSitemapQuerySchema>;

/** A published event as a sitemap lists it: once, whatever its dates, with the locales it is published in. */
export const EventSitemapEntrySchema = z
  .object({
    slug: SlugSchema,
    locales: z.array(LocaleSchema).describe('Every locale the event is published in'),
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'EventSitemapEntry' });
/** A published event as a sitemap lists it. */
export type EventSitemapEntry = z.infer<typeof EventSitemapEntrySchema>;

/** A page of published events for a sitemap, in a stable order, walked by its cursor. */
export const EventSitemapPageSchema = cursorPage(EventSitemapEntrySchema).meta({ id: 'EventSitemapPage' });
/** A page of published events for a sitemap. */
export type EventSitemapPage = z.infer<typeof EventSitemapPageSchema>;
