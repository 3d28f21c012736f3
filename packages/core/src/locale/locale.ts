import { z } from 'zod';

/** A BCP 47 language tag as Kraina uses it: a language, optionally a script and a region (`en`, `be`, `sr-Latn-RS`). */
export const LocaleSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/, 'Must be a language tag such as "en" or "be"')
  .meta({ id: 'Locale', examples: ['en', 'ru', 'be'] });
/** A language tag such as `en`, `ru` or `be`. */
export type Locale = z.infer<typeof LocaleSchema>;

/** The locales a new portal starts with; the set is configuration, this is only its default. */
export const defaultLocales = ['en', 'ru', 'be'] as const satisfies readonly Locale[];

/** Which locales a portal serves, which it falls back to, and in what order. */
export const LocaleSettingsSchema = z
  .object({
    locales: z.array(LocaleSchema).min(1),
    defaultLocale: LocaleSchema,
    // `be: ['ru']` means a Belarusian reader who finds no Belarusian text is shown the Russian one, then the default.
    fallbacks: z.record(LocaleSchema, z.array(LocaleSchema)),
  })
  .superRefine((settings, ctx) => {
    if (!settings.locales.includes(settings.defaultLocale)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLocale'], message: 'Must be one of the configured locales' });
    }
    for (const [from, chain] of Object.entries(settings.fallbacks)) {
      if (!settings.locales.includes(from)) {
        ctx.addIssue({ code: 'custom', path: ['fallbacks', from], message: `"${from}" is not a configured locale` });
      }
      chain.forEach((to, index) => {
        if (!settings.locales.includes(to)) {
          ctx.addIssue({ code: 'custom', path: ['fallbacks', from, index], message: `"${to}" is not a configured locale` });
        }
      });
    }
  })
  .meta({ id: 'LocaleSettings' });
/** Which locales a portal serves and how missing translations fall back. */
export type LocaleSettings = z.infer<typeof LocaleSettingsSchema>;

/** The default settings: English, Russian and Belarusian, with Belarusian falling back to Russian, then English. */
export const defaultLocaleSettings: LocaleSettings = {
  locales: [...defaultLocales],
  defaultLocale: 'en',
  fallbacks: { be: ['ru', 'en'], ru: ['en'], en: [] },
};

/** The locales to try, in order, for a reader of `locale`: the locale itself, its fallbacks, then the default. */
export function localeChain(locale: Locale, settings: LocaleSettings = defaultLocaleSettings): Locale[] {
  const chain = [locale, ...(settings.fallbacks[locale] ?? []), settings.defaultLocale];
  return [...new Set(chain)];
}

/** Picks the best locale for a reader from an `Accept-Language` header, or the default when none is served. */
export function negotiateLocale(acceptLanguage: string | undefined, settings: LocaleSettings = defaultLocaleSettings): Locale {
  if (!acceptLanguage) return settings.defaultLocale;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const exact = settings.locales.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = tag.split('-')[0]?.toLowerCase();
    const byLanguage = settings.locales.find((l) => l.split('-')[0] === language);
    if (byLanguage) return byLanguage;
  }
  return settings.defaultLocale;
}
