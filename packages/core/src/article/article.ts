import { z } from 'zod';
import { RelatedSchema, TagsSchema, atLeastOneLocale } from '../content/content-fields.js';
import { TimestampSchema } from '../content/timestamp.js';
import { DatelineSchema } from '../dateline/format-dateline.js';
import { LocaleSchema } from '../locale/locale.js';
import { ImageRefSchema } from '../media/media.js';
import { RichTextSchema } from '../rich-text/rich-text.js';
import { SlugSchema } from '../slug/slug.js';
import { TranslationStatusSchema } from '../translation/translation-status.js';
import { WithdrawalSchema } from '../workflow/withdrawal.js';
import { WorkflowStatusSchema } from '../workflow/workflow-status.js';

/** What a writer or translator sends for one locale of an article. */
export const ArticleTextInputSchema = z.strictObject({
  headline: z.string().trim().min(1).max(300),
  lead: z.string().trim().max(1000).optional(),
  body: RichTextSchema,
  // A slug in this locale's words; readers of other locales still reach the article by the main slug.
  slug: SlugSchema.optional(),
});

/** One locale of an article as the API returns it, with that locale's own publish state. */
export const ArticleTextSchema = ArticleTextInputSchema.extend({ status: WorkflowStatusSchema }).meta({ id: 'ArticleText' });
/** One locale of an article. */
export type ArticleText = z.infer<typeof ArticleTextSchema>;

/** A news article, as the API returns it. */
export const ArticleSchema = z
  .object({
    id: z.uuid(),
    slug: SlugSchema,
    section: SlugSchema,
    status: WorkflowStatusSchema,
    translations: z.record(LocaleSchema, ArticleTextSchema), // locales arrive one by one
    dateline: DatelineSchema.nullable(),
    authorId: z.uuid().nullable(),
    leadImage: ImageRefSchema.nullable(),
    gallery: z.array(ImageRefSchema),
    tags: TagsSchema,
    related: RelatedSchema,
    publishAt: TimestampSchema.nullable(),
    // Staff answers only: when the published article comes down by itself (a take-down time is not the public's).
    unpublishAt: TimestampSchema.nullable().optional(),
    firstPublishedAt: TimestampSchema.nullable(),
    // Set while the article is withdrawn: unpublished for good, its page saying when and why.
    withdrawal: WithdrawalSchema.optional(),
    // Staff answers only: per locale, which translated fields lag behind a changed source text.
    translationStatus: TranslationStatusSchema.optional(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    version: z.int().nonnegative(),
  })
  .meta({ id: 'Article' });
/** A news article. */
export type Article = z.infer<typeof ArticleSchema>;

// Clients never send ids, statuses, authors, times or versions, so mass assignment is impossible by construction.
const articleInputShape = {
  slug: SlugSchema,
  section: SlugSchema,
  translations: atLeastOneLocale(z.record(LocaleSchema, ArticleTextInputSchema)),
  dateline: DatelineSchema.nullable(),
  leadImage: ImageRefSchema.nullable(),
  gallery: z.array(ImageRefSchema).max(100),
  tags: TagsSchema,
  related: RelatedSchema,
};

/** What staff send to create an article; without a slug, one is made from the headline. */
export const CreateArticleInputSchema = z
  .strictObject({
    ...articleInputShape,
    slug: articleInputShape.slug.optional(),
    dateline: articleInputShape.dateline.default(null),
    leadImage: articleInputShape.leadImage.default(null),
    gallery: articleInputShape.gallery.default([]),
    tags: articleInputShape.tags.default([]),
    related: articleInputShape.related.default({ articles: [], events: [], sites: [] }),
  })
  .meta({ id: 'CreateArticleInput' });
/** What staff send to create an article. */
export type CreateArticleInput = z.input<typeof CreateArticleInputSchema>;

/** What staff send to change an article: any subset of fields; `translations` replaces only the locales it names. */
export const UpdateArticleInputSchema = z
  .strictObject(articleInputShape)
  .partial()
  .extend({ version: z.int().nonnegative().optional().describe('The version this edit is based on, if not sent as If-Match') })
  .meta({ id: 'UpdateArticleInput' });
/** What staff send to change an article. */
export type UpdateArticleInput = z.input<typeof UpdateArticleInputSchema>;
