import { z } from 'zod';
import { ArticleTextInputSchema } from '../article/article.js';
import { EventTextInputSchema } from '../event/event.js';
import { SiteTextInputSchema } from '../site/site.js';

// A locale's slug is its own address, not a translation of the source's, so it is never stale.
const translated = <T extends string>(keys: readonly T[]) => keys.filter((key): key is Exclude<T, 'slug'> => key !== 'slug');

/** The fields of one locale's text that are translations of the source text, per kind of content. */
export const translatedFields = {
  article: translated(ArticleTextInputSchema.keyof().options),
  event: translated(EventTextInputSchema.keyof().options),
  site: translated(SiteTextInputSchema.keyof().options),
} as const;

const confirmInput = <F extends readonly [string, ...string[]]>(fields: F, id: string) =>
  z
    .strictObject({
      fields: z.array(z.enum(fields)).min(1).optional().describe('The fields to mark current; every translated field unless given'),
      version: z.int().nonnegative().optional().describe('The version the translator checked, if not sent as If-Match'),
    })
    .meta({ id });

/** What a translator sends to mark fields of an article's translation current without changing them. */
export const ConfirmArticleTranslationInputSchema = confirmInput(['headline', 'lead', 'body'], 'ConfirmArticleTranslationInput');
/** What a translator sends to mark fields of an event's translation current without changing them. */
export const ConfirmEventTranslationInputSchema = confirmInput(['title', 'summary', 'description'], 'ConfirmEventTranslationInput');
/** What a translator sends to mark fields of a place's translation current without changing them. */
export const ConfirmSiteTranslationInputSchema = confirmInput(['name', 'summary', 'description', 'address'], 'ConfirmSiteTranslationInput');
/** What a translator sends to confirm a translation. */
export type ConfirmTranslationInput = z.input<typeof ConfirmArticleTranslationInputSchema>;
