import type { Locale } from '@kraina/core';

/** A language's name in that language ("Беларуская" for `be`), as a reader looking for it would recognise it. */
export function nativeLocaleName(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
