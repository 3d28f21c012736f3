import { z } from 'zod';
import { type Locale, LocaleSchema, type LocaleSettings, defaultLocaleSettings, localeChain } from './locale.js';

/** A value per locale; any locale may be missing, since translations arrive one by one. */
export type Localized<T> = Partial<Record<Locale, T>>;

/** Builds the schema of a value given per locale, e.g. `localized(z.string())` for `{ en: '…', be: '…' }`. */
export function localized<T extends z.ZodType>(value: T) {
  return z.record(LocaleSchema, value);
}

/** Short text per locale (a name, a caption): each entry trimmed, non-empty, and at most 500 characters. */
export const LocalizedStringSchema = localized(z.string().trim().min(1).max(500)).meta({ id: 'LocalizedString' });
/** Short text per locale. */
export type LocalizedString = z.infer<typeof LocalizedStringSchema>;

/** A value and the locale it was actually found in, which may be a fallback of the one asked for. */
export interface Resolved<T> {
  locale: Locale;
  value: T;
}

/** Finds the value for a reader of `locale` along its fallback chain, and says which locale served it. */
export function resolveLocalized<T>(
  values: Localized<T> | undefined,
  locale: Locale,
  settings: LocaleSettings = defaultLocaleSettings,
): Resolved<T> | undefined {
  if (!values) return undefined;
  for (const candidate of localeChain(locale, settings)) {
    const value = values[candidate];
    if (value !== undefined) return { locale: candidate, value };
  }
  return undefined;
}
