import { UpdateArticleInputSchema } from '@kraina/core';
import { type ArticleFormValues, createInputOf } from './article-form-values.js';

/** Whether the form's values pass core's update schema, the same check an explicit Save makes before sending. */
export function isValidUpdate(values: ArticleFormValues): boolean {
  return UpdateArticleInputSchema.safeParse(createInputOf(values)).success;
}
