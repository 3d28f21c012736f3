import { z } from 'zod';
import { ArticleSummarySchema } from '../article/article-list-query.js';
import { EventViewSchema } from '../event/event-list-query.js';
import { OccurrenceSchema } from '../event/expand-occurrences.js';
import { LocaleSchema } from '../locale/locale.js';
import { SiteViewSchema } from '../site/site-list-query.js';

// As many as an item may relate to (RelatedSchema), so one item's related lists are always one request.
const maxIdsPerKind = 50;

// A query string carries a list as `a,b,c`; each id is checked, and an empty list is as good as none.
const IdListSchema = z
  .string()
  .max(maxIdsPerKind * 37)
  .transform((text) => text.split(',').map((id) => id.trim()).filter((id) => id !== ''))
  .pipe(z.array(z.uuid()).max(maxIdsPerKind, `At most ${maxIdsPerKind} ids`))
  .default([]);

/** Which articles, events and places to look up by id, each as comma-separated ids, at most 50 of each kind. */
export const RelatedLookupQuerySchema = z
  .strictObject({
    articles: IdListSchema.describe('Article ids, comma-separated'),
    events: IdListSchema.describe('Event ids, comma-separated'),
    sites: IdListSchema.describe('Place ids, comma-separated'),
    locale: LocaleSchema.optional(),
  })
  .meta({ id: 'RelatedLookupQuery' });
/** Which items to look up by id. */
export type RelatedLookupQuery = z.input<typeof RelatedLookupQuerySchema>;

/** A related event: the event as a reader sees it, and its next occurrence from now (null once it is over). */
export const RelatedEventSchema = z
  .object({ event: EventViewSchema, next: OccurrenceSchema.nullable() })
  .meta({ id: 'RelatedEvent' });
/** A related event with its next occurrence. */
export type RelatedEvent = z.infer<typeof RelatedEventSchema>;

/**
 * The published items among those asked for, in the order asked, each in the reader's locale after fallback.
 * An id that is unknown, unpublished or has no text along the reader's fallback chain is left out, not an error:
 * an article may relate to something withdrawn since.
 */
export const RelatedItemsSchema = z
  .object({
    articles: z.array(ArticleSummarySchema),
    events: z.array(RelatedEventSchema),
    sites: z.array(SiteViewSchema),
  })
  .meta({ id: 'RelatedItems' });
/** The published items found by id. */
export type RelatedItems = z.infer<typeof RelatedItemsSchema>;
