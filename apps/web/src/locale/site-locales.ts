import { type Locale, type LocaleSettings, defaultLocaleSettings, negotiateLocale } from '@kraina/core';
import type { Request } from 'express';

// The served locales are configuration; until the API serves the portal's settings, the site uses core's default.
/** Which locales this site serves. */
export const siteLocales: LocaleSettings = defaultLocaleSettings;

/** Whether a URL segment names a locale this site serves. */
export function isSiteLocale(segment: string | undefined): segment is Locale {
  return segment !== undefined && siteLocales.locales.includes(segment);
}

/** The locale a request is in: the one its path starts with, or else the one its Accept-Language asks for. */
export function requestLocale(req: Request): { locale: Locale; isFromPath: boolean } {
  const first = req.path.split('/')[1];
  if (isSiteLocale(first)) return { locale: first, isFromPath: true };
  return { locale: negotiateLocale(req.get('Accept-Language'), siteLocales), isFromPath: false };
}
