import { z } from 'zod';
import { LocaleSchema } from '../locale/locale.js';
import { CursorSchema, PageSizeSchema } from '../pagination/page.js';
import { SlugSchema } from '../slug/slug.js';
import { TranslationStatusSchema } from '../translation/translation-status.js';
import { WorkflowStatusSchema } from '../workflow/workflow-status.js';
import { TimestampSchema } from './timestamp.js';

// The editorial lists of articles, events and places filter, order, page and summarise alike; each kind adds its
// own filters, orders and columns to these builders, so a rule changed here reaches all three lists.

/** The orders every editorial list can take: by last change or by creation, newest or oldest first, or by title. */
export const staffListSorts = ['updated-desc', 'updated-asc', 'created-desc', 'created-asc', 'title'] as const;

/** Which items of an editorial list to keep by translation status: `stale` keeps those with a translation lagging behind its source. */
export const StaffTranslationFilterSchema = z.enum(['stale', 'current']).meta({ id: 'StaffTranslationFilter' });
/** A translation-status filter of an editorial list. */
export type StaffTranslationFilter = z.infer<typeof StaffTranslationFilterSchema>;

const staffListFilters = {
  status: WorkflowStatusSchema.optional(),
  author: z.union([z.literal('me'), z.uuid()]).optional(),
  locale: LocaleSchema.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  translationStatus: StaffTranslationFilterSchema.optional(),
  cursor: CursorSchema.optional(),
  limit: PageSizeSchema,
};

/**
 * The query of one kind's editorial list: status, author (an account id or `me`, the caller), locale (items with a
 * text in it), `q` (words of a title in any locale), translation status and paging, plus the kind's own filters
 * and its `sort`, whose choices start from `staffListSorts`.
 */
export function staffListQuerySchema<F extends z.ZodRawShape>(own: F) {
  return z.strictObject({ ...staffListFilters, ...own });
}

const staffSummaryShape = {
  id: z.uuid(),
  slug: SlugSchema,
  status: WorkflowStatusSchema,
  authorId: z.uuid().nullable().describe('Who wrote it; for events and places, who saved their first version'),
  publishAt: TimestampSchema.nullable(),
  firstPublishedAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: z.int().nonnegative(),
  localeStatuses: z.record(LocaleSchema, WorkflowStatusSchema).describe('Each locale the item has a text in, with that text’s state'),
  translationStatus: TranslationStatusSchema,
};

/** The shape of a row's title and the locale it is in, keyed by the kind's word for it (`headline`, `title`, `name`). */
export function labelShape<K extends string, T extends z.ZodType>(key: K, schema: T) {
  return { [key]: schema, [`${key}Locale`]: LocaleSchema } as { [P in K]: T } & { [P in `${K}Locale`]: typeof LocaleSchema };
}

/**
 * One row of a kind's editorial list: the record's workflow fields, each locale's own state, which translations
 * lag behind, and the kind's own columns (its title in the asked locale, else the first it has, among them).
 */
export function staffSummarySchema<F extends z.ZodRawShape>(own: F) {
  return z.object({ ...staffSummaryShape, ...own });
}
