import { AppError, type Locale, type LocaleSettings, negotiateLocale } from '@kraina/core';

const language = (tag: string) => tag.split('-')[0]?.toLowerCase();

/**
 * The locale to answer in: `?locale=` when the caller names one (`be-BY` is served as `be`), otherwise the best
 * match for `Accept-Language`, otherwise the default. A named locale the portal does not serve is an error
 * (422 at `#/query/locale`): quietly answering in another language would hide the caller's mistake.
 */
export function chooseLocale(requested: string | undefined, acceptLanguage: string | undefined, settings: LocaleSettings): Locale {
  if (requested === undefined) return negotiateLocale(acceptLanguage, settings);
  const chosen = negotiateLocale(requested, settings);
  if (language(chosen) === language(requested)) return chosen;
  throw new AppError('invalid-input', `The locale "${requested}" is not served here`, {
    issues: [{ pointer: '#/query/locale', detail: `Must be one of: ${settings.locales.join(', ')}` }],
  });
}
