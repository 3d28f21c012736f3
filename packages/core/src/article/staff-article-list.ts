import { z } from 'zod';
import { labelShape, staffListQuerySchema, staffListSorts, staffSummarySchema } from '../content/staff-list.js';
import { cursorPage } from '../pagination/page.js';
import { SlugSchema } from '../slug/slug.js';
import { ArticleTextSchema } from './article.js';

/** The orders the editorial article list can take: by last change or by creation, newest or oldest first, or by headline. */
export const StaffArticleSortSchema = z.enum(staffListSorts).meta({ id: 'StaffArticleSort' });
/** An order of the editorial article list. */
export type StaffArticleSort = z.infer<typeof StaffArticleSortSchema>;

/**
 * Filters, search, order and paging for the editorial article list, which holds articles in every state. `author`
 * is an account id or `me`, the caller; `locale` keeps articles with a text in that locale; `q` finds words of a
 * headline in any locale; a section includes its sub-sections.
 */
export const StaffArticleListQuerySchema = staffListQuerySchema({
  section: SlugSchema.optional(),
  sort: StaffArticleSortSchema.default('updated-desc'),
}).meta({ id: 'StaffArticleListQuery' });
/** Filters, search, order and paging for the editorial article list. */
export type StaffArticleListQuery = z.input<typeof StaffArticleListQuerySchema>;

/**
 * One row of the editorial article list: the record's workflow fields, the headline in the asked locale (else the
 * first the article has), each locale's own state, and which translations lag behind their source.
 */
export const StaffArticleSummarySchema = staffSummarySchema({
  section: SlugSchema,
  ...labelShape('headline', ArticleTextSchema.shape.headline),
}).meta({ id: 'StaffArticleSummary' });
/** One row of the editorial article list. */
export type StaffArticleSummary = z.infer<typeof StaffArticleSummarySchema>;

/** A page of the editorial article list. */
export const StaffArticlePageSchema = cursorPage(StaffArticleSummarySchema).meta({ id: 'StaffArticlePage' });
/** A page of the editorial article list. */
export type StaffArticlePage = z.infer<typeof StaffArticlePageSchema>;
