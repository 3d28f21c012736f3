import { z } from 'zod';
import { LocaleSchema } from '../locale/locale.js';
import { CursorSchema, PageSizeSchema, cursorPage } from '../pagination/page.js';
import { SlugSchema } from '../slug/slug.js';
import { TranslationStatusSchema } from '../translation/translation-status.js';
import { WorkflowStatusSchema } from '../workflow/workflow-status.js';
import { ArticleSchema, ArticleTextSchema } from './article.js';

/** The orders the editorial article list can take: by last change or by creation, newest or oldest first. */
export const StaffArticleSortSchema = z.enum(['updated-desc', 'updated-asc', 'created-desc', 'created-asc']).meta({ id: 'StaffArticleSort' });
/** An order of the editorial article list. */
export type StaffArticleSort = z.infer<typeof StaffArticleSortSchema>;

/**
 * Filters, search, order and paging for the editorial article list, which holds articles in every state. `author`
 * is an account id or `me`, the caller; `locale` keeps articles with a text in that locale; `q` finds words of a
 * headline in any locale; a section includes its sub-sections.
 */
export const StaffArticleListQuerySchema = z
  .strictObject({
    status: WorkflowStatusSchema.optional(),
    author: z.union([z.literal('me'), z.uuid()]).optional(),
    section: SlugSchema.optional(),
    locale: LocaleSchema.optional(),
    q: z.string().trim().min(1).max(200).optional(),
    sort: StaffArticleSortSchema.default('updated-desc'),
    cursor: CursorSchema.optional(),
    limit: PageSizeSchema,
  })
  .meta({ id: 'StaffArticleListQuery' });
/** Filters, search, order and paging for the editorial article list. */
export type StaffArticleListQuery = z.input<typeof StaffArticleListQuerySchema>;

/**
 * One row of the editorial article list: the record's workflow fields, the headline in the asked locale (else the
 * first the article has), each locale's own state, and which translations lag behind their source.
 */
export const StaffArticleSummarySchema = ArticleSchema.pick({
  id: true,
  slug: true,
  section: true,
  status: true,
  authorId: true,
  publishAt: true,
  firstPublishedAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
})
  .extend({
    headline: ArticleTextSchema.shape.headline,
    headlineLocale: LocaleSchema,
    localeStatuses: z.record(LocaleSchema, WorkflowStatusSchema).describe('Each locale the article has a text in, with that text’s state'),
    translationStatus: TranslationStatusSchema,
  })
  .meta({ id: 'StaffArticleSummary' });
/** One row of the editorial article list. */
export type StaffArticleSummary = z.infer<typeof StaffArticleSummarySchema>;

/** A page of the editorial article list. */
export const StaffArticlePageSchema = cursorPage(StaffArticleSummarySchema).meta({ id: 'StaffArticlePage' });
/** A page of the editorial article list. */
export type StaffArticlePage = z.infer<typeof StaffArticlePageSchema>;
