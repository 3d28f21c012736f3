import {
  type Article,
  type CreateArticleInput,
  CreateArticleInputSchema,
  type FieldIssue,
  type ImageRef,
  type RichText,
  type UpdateArticleInput,
  UpdateArticleInputSchema,
  emptyRichText,
} from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';

/** One locale's text as the form edits it: an absent lead is an empty field. */
export interface TextValues {
  headline: string;
  lead: string;
  body: RichText;
}

/** What the article form holds: the article's own fields and every locale's text it has. */
export interface ArticleFormValues {
  section: string;
  leadImage: ImageRef | null;
  translations: Record<string, TextValues>;
}

/** An empty text for a locale the writer starts. */
export const emptyText = (): TextValues => ({ headline: '', lead: '', body: emptyRichText() });

/** The form's values for a saved article. */
export function formValuesOf(article: Article): ArticleFormValues {
  return {
    section: article.section,
    leadImage: article.leadImage,
    translations: Object.fromEntries(
      Object.entries(article.translations).map(([locale, text]) => [locale, { headline: text.headline, lead: text.lead ?? '', body: text.body }]),
    ),
  };
}

function textInput(text: TextValues) {
  const lead = text.lead.trim();
  return { headline: text.headline, body: text.body, ...(lead === '' ? {} : { lead }) };
}

/** What creating the article sends: the section and every text in the form. */
export function createInputOf(values: ArticleFormValues): CreateArticleInput {
  return {
    section: values.section,
    leadImage: values.leadImage,
    translations: Object.fromEntries(Object.entries(values.translations).map(([locale, text]) => [locale, textInput(text)])),
  };
}

/**
 * What saving an article sends: only what the writer changed (the section if touched, the texts of locales with a
 * changed field), so a translator's save names only their locale and nobody's unrelated edit is written back.
 */
export function updateInputOf(values: ArticleFormValues, changed: { section?: boolean; leadImage?: boolean; locales: readonly string[] }): UpdateArticleInput {
  const translations = Object.fromEntries(
    changed.locales.flatMap((locale) => {
      const text = values.translations[locale];
      return text ? [[locale, textInput(text)]] : [];
    }),
  );
  return {
    ...(changed.section === true ? { section: values.section } : {}),
    ...(changed.leadImage === true ? { leadImage: values.leadImage } : {}),
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
  };
}

/**
 * The form's resolver: core's own create or update schema over what would be sent, so the form refuses exactly what
 * the API refuses and says so in the schema's words.
 */
export function articleResolver(mode: 'create' | 'update'): Resolver<ArticleFormValues> {
  const schema = mode === 'create' ? CreateArticleInputSchema : UpdateArticleInputSchema;
  const check = zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<FieldValues>;
  return async (values, context, options) => {
    const result = await check(createInputOf(values), context, options as never);
    return Object.keys(result.errors).length > 0 ? { values: {}, errors: result.errors as never } : { values, errors: {} };
  };
}

/**
 * The form field an API issue points at: `#/body/translations/en/headline` is `translations.en.headline`. JSON
 * Pointer escapes are undone; a pointer outside the body (a query parameter) has no field.
 */
export function fieldOfPointer(pointer: string): string | undefined {
  const tokens = pointer.replace(/^#\/?/, '').split('/').map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (tokens[0] !== 'body') return undefined;
  return tokens.slice(1).join('.') || undefined;
}

/** Server issues split into those a field of the form shows and those the form's summary must. */
export function placeIssues(issues: readonly FieldIssue[], fields: readonly string[]): { byField: Map<string, string>; unplaced: string[] } {
  const byField = new Map<string, string>();
  const unplaced: string[] = [];
  for (const issue of issues) {
    const field = fieldOfPointer(issue.pointer);
    if (field !== undefined && fields.includes(field) && !byField.has(field)) byField.set(field, issue.detail);
    else unplaced.push(field === undefined ? issue.detail : `${field}: ${issue.detail}`);
  }
  return { byField, unplaced };
}
