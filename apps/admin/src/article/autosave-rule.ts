import { type Article, UpdateArticleInputSchema } from '@kraina/core';
import { type ArticleFormValues, createInputOf } from './article-form-values.js';

/** How long the writer must pause before a draft saves itself: long enough not to save every word. */
export const autosaveDelayMs = 3000;

/**
 * Whether an article's edits may save themselves: only a draft's. Anything submitted, scheduled or live is read by
 * someone else, so its changes wait for an explicit Save.
 */
export function isAutosavable(article: Pick<Article, 'status'> | undefined): boolean {
  return article?.status === 'draft';
}

/** Whether the form's values pass core's update schema, the same check an explicit Save makes before sending. */
export function isValidUpdate(values: ArticleFormValues): boolean {
  return UpdateArticleInputSchema.safeParse(createInputOf(values)).success;
}
