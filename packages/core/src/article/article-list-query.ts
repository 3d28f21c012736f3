import { z } from 'zod';
import { MonthQueryShape } from '../calendar/day-counts.js';
import { LocalDateSchema } from '../calendar/local-date.js';
import { LocaleSchema } from '../locale/locale.js';
import { CursorSchema, PageSizeSchema, numberedPage } from '../pagination/page.js';
import { SlugSchema } from '../slug/slug.js';
import { ArticleSchema, ArticleTextSchema } from './article.js';

/** Filters and paging for the news list; a section includes its sub-sections. */
export const ArticleListQuerySchema = z
  .strictObject({
    section: SlugSchema.optional(),
    tag: SlugSchema.optional(),
    locale: LocaleSchema.optional(),
    day: LocalDateSchema.optional(),
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
    cursor: CursorSchema.optional(),
    // Numbered pages serve the web's archive (`?page=283`); cursors serve everything else.
    page: z.coerce.number().int().min(1).max(100_000).optional(),
    limit: PageSizeSchema,
  })
  .refine((q) => !(q.cursor !== undefined && q.page !== undefined), { path: ['page'], message: 'Use either cursor or page, not both' })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { path: ['to'], message: 'Must not be before "from"' })
  .meta({ id: 'ArticleListQuery' });
/** Filters and paging for the news list. */
export type ArticleListQuery = z.input<typeof ArticleListQuerySchema>;

/** An article as a reader sees it: the record, and which locale was served after fallback. */
export const ArticleViewSchema = ArticleSchema.extend({ servedLocale: LocaleSchema }).meta({ id: 'ArticleView' });
/** An article with the locale that was served. */
export type ArticleView = z.infer<typeof ArticleViewSchema>;

/**
 * One item of a news list, in the served locale only and without the body: what a list, a feed or the home page
 * shows. A page of whole articles in every locale weighed 64 KB for 20 items; this keeps it to a few.
 */
export const ArticleSummarySchema = ArticleSchema.pick({
  id: true,
  slug: true,
  section: true,
  dateline: true,
  leadImage: true,
  tags: true,
  firstPublishedAt: true,
  updatedAt: true,
})
  .extend({
    servedLocale: LocaleSchema,
    headline: ArticleTextSchema.shape.headline,
    lead: ArticleTextSchema.shape.lead,
    localizedSlug: ArticleTextSchema.shape.slug.describe("The served locale's own slug, when it has one"),
    locales: z.array(LocaleSchema).describe('Every locale the article is published in, for language links'),
  })
  .meta({ id: 'ArticleSummary' });
/** One item of a news list. */
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

/** A page of the news list. */
export const ArticlePageSchema = numberedPage(ArticleSummarySchema).meta({ id: 'ArticlePage' });
/** A page of the news list. */
export type ArticlePage = z.infer<typeof ArticlePageSchema>;

/** Which month to count news in, for the calendar widget. */
export const ArticleDayCountsQuerySchema = z
  .strictObject({ ...MonthQueryShape, section: SlugSchema.optional(), locale: LocaleSchema.optional() })
  .meta({ id: 'ArticleDayCountsQuery' });
/** Which month to count news in. */
export type ArticleDayCountsQuery = z.input<typeof ArticleDayCountsQuerySchema>;
