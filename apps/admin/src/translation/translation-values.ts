import { type RevisionChange, type RevisionSummary, type RichText, emptyRichText } from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { ContentItem } from '../history/revision-kinds.js';
import type { TextField, TranslatableKind } from './translatable-kinds.js';

/** One locale's text as the form edits it: every translated field, an absent one empty. */
export type TextValues = Record<string, string | RichText>;

/** What the translation form holds: the target locale's text, under the path the API's field errors point at. */
export interface TranslationFormValues {
  translations: Record<string, TextValues>;
}

/** The form's values for a locale's text as saved, or empty fields for a locale not yet translated. */
export function textValuesOf(fields: readonly TextField[], text: Record<string, unknown> | undefined): TextValues {
  return Object.fromEntries(
    fields.map((field): [string, string | RichText] => {
      const value = text?.[field.name];
      if (field.shape === 'rich') return [field.name, (value as RichText | undefined) ?? emptyRichText()];
      return [field.name, typeof value === 'string' ? value : ''];
    }),
  );
}

/**
 * What one locale's text sends: an optional field left blank is left out rather than sent empty, and the locale's own
 * slug, which this screen does not edit, is kept, since a save replaces the whole text of the locale it names.
 */
export function textInputOf(fields: readonly TextField[], values: TextValues, saved: Record<string, unknown> | undefined): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (typeof value === 'string' && !field.required && value.trim() === '') continue;
    input[field.name] = value;
  }
  if (typeof saved?.slug === 'string') input.slug = saved.slug;
  return input;
}

/** What saving the target locale sends, for the kind of content being translated. */
export function translationInputOf(kind: TranslatableKind, item: ContentItem, locale: string, values: TranslationFormValues): Record<string, unknown> {
  const text = values.translations[locale] ?? {};
  return kind.updateInput(item, { [locale]: textInputOf(kind.fields, text, item.translations[locale]) });
}

/** The form's resolver: core's update schema over what would be sent, so the form refuses exactly what the API refuses. */
export function translationResolver(kind: TranslatableKind, item: ContentItem, locale: string): Resolver<TranslationFormValues> {
  const check = zodResolver(kind.updateSchema as never, undefined, { raw: true }) as unknown as Resolver<FieldValues>;
  return async (values, context, options) => {
    const result = await check(translationInputOf(kind, item, locale, values), context, options as never);
    return Object.keys(result.errors).length > 0 ? { values: {}, errors: result.errors as never } : { values, errors: {} };
  };
}

/**
 * The revision a locale's field was last translated in: the newest save that changed that field of that locale. The
 * source's changes since then are what the translator has to catch up with.
 */
export function lastTranslatedIn(revisions: readonly RevisionSummary[], locale: string, field: string): RevisionSummary | undefined {
  return revisions.find((revision) => revision.changedTranslations[locale]?.includes(field) === true);
}

/** The changes of a diff that are in one field of one locale's text (a body's blocks included). */
export function changesInField(changes: readonly RevisionChange[], locale: string, field: string): RevisionChange[] {
  const pointer = `#/translations/${locale}/${field}`;
  return changes.filter((change) => change.pointer === pointer || change.pointer.startsWith(`${pointer}/`));
}
