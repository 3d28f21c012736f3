import { z } from 'zod';
import { LocaleSchema } from '../locale/locale.js';

// Translation status as data: each translated field remembers the source text it was made from, so a change to the
// source flags that field in every other locale, field by field, until a translator updates or confirms it.

/** Per locale, the fields of its text that lag behind the source text they were translated from. */
export const TranslationStatusSchema = z
  .record(LocaleSchema, z.strictObject({ stale: z.array(z.string()) }))
  .describe('Per locale, the fields translated from a source text that has changed since; the source locale lists none')
  .meta({ id: 'TranslationStatus' });
/** Per locale, the fields whose source text changed since they were translated. */
export type TranslationStatus = z.infer<typeof TranslationStatusSchema>;

/**
 * The locale an item's other texts are translated from: the portal's default locale when the item has that text,
 * else its first locale in the portal's order (then alphabetically, for a locale no longer configured).
 */
export function sourceLocaleOf(itemLocales: readonly string[], settings: { defaultLocale: string; locales: readonly string[] }): string | undefined {
  if (itemLocales.includes(settings.defaultLocale)) return settings.defaultLocale;
  const rank = (locale: string) => {
    const index = settings.locales.indexOf(locale);
    return index === -1 ? settings.locales.length : index;
  };
  return [...itemLocales].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0];
}

/** What is recorded of one translated field: the source locale and the fingerprint of the source text it was made from. */
export interface TranslationSource {
  sourceLocale: string;
  fingerprint: string;
}

/** The recorded sources of an item's translated fields, by locale, then field. */
export type TranslationSources = Partial<Record<string, Partial<Record<string, TranslationSource>>>>;

/** Fingerprints of the source text's fields (an absent field has one too, so adding it counts as a change). */
export type FieldFingerprints = Readonly<Record<string, string>>;

/**
 * The stale fields of each locale: those recorded against the current source locale whose source text has a new
 * fingerprint since. A field with no record (saved before sources were kept) is not flagged: nothing says it lags.
 */
export function translationStatusOf(
  locales: readonly string[],
  sourceLocale: string | undefined,
  source: FieldFingerprints,
  recorded: TranslationSources,
): TranslationStatus {
  return Object.fromEntries(
    locales.map((locale) => {
      if (locale === sourceLocale) return [locale, { stale: [] }];
      const stale = Object.entries(recorded[locale] ?? {}).flatMap(([field, record]) =>
        record !== undefined && record.sourceLocale === sourceLocale && source[field] !== undefined && record.fingerprint !== source[field] ? [field] : [],
      );
      return [locale, { stale: stale.sort() }];
    }),
  );
}

/** What a save of an item's texts knows, for `planTranslationSources`. */
export interface TranslationSave {
  /** The item's fields that are translated, such as headline, lead and body. */
  fields: readonly string[];
  /** The source locale before the save (undefined for a new item) and after it. */
  sourceBefore: string | undefined;
  sourceAfter: string;
  /** Fingerprints of the source text's fields before the save (empty for a new item) and after it. */
  fingerprintsBefore: FieldFingerprints;
  fingerprintsAfter: FieldFingerprints;
  /** Every locale the item has after the save. */
  locales: readonly string[];
  /** The fields of each locale this save changed (or wrote for the first time). */
  changed: Readonly<Record<string, readonly string[]>>;
  recorded: TranslationSources;
}

/** One record to write: the source a locale's field now counts as translated from. */
export interface TranslationSourceRecord extends TranslationSource {
  locale: string;
  field: string;
}

/**
 * Which source each translated field counts as made from after a save. A field the save changed is current: the
 * translator wrote it against today's source. A field kept with a record against the same source locale keeps it,
 * which is what lets a later change to the source flag it. A field without one (the locale is new to sources, or the
 * source locale moved) is taken as made from the source as it was before this save: the best evidence there is.
 */
export function planTranslationSources(save: TranslationSave): TranslationSourceRecord[] {
  const { sourceAfter } = save;
  const baseline = save.sourceBefore === sourceAfter ? save.fingerprintsBefore : save.fingerprintsAfter;
  return save.locales
    .filter((locale) => locale !== sourceAfter)
    .flatMap((locale) =>
      save.fields.flatMap((field): TranslationSourceRecord[] => {
        const current = save.fingerprintsAfter[field];
        if (current === undefined) return [];
        if (save.changed[locale]?.includes(field) === true) return [{ locale, field, sourceLocale: sourceAfter, fingerprint: current }];
        const kept = save.recorded[locale]?.[field];
        if (kept !== undefined && kept.sourceLocale === sourceAfter) return [];
        return [{ locale, field, sourceLocale: sourceAfter, fingerprint: baseline[field] ?? current }];
      }),
    );
}
