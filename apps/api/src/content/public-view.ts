import { AppError, localeChain } from '@kraina/core';
import type { ContentSettings } from './content-settings.js';

/**
 * What a reader may see of an item: only its published translations, and which locale serves `locale` after
 * fallback. A draft translation of a published item is embargoed text and must not leak through the API, and
 * neither does the time it is due to come down.
 */
export function toPublicView<T extends { translations: Partial<Record<string, { status: string }>>; unpublishAt?: string | null | undefined }>(
  item: T,
  locale: string,
  settings: ContentSettings,
): T & { servedLocale: string } {
  const translations = Object.fromEntries(Object.entries(item.translations).filter(([, text]) => text?.status === 'published'));
  const servedLocale = localeChain(locale, settings.locales).find((l) => translations[l] !== undefined);
  // Callers query with the same chain, so an item without a visible locale here means a bug, not a reader's error.
  if (servedLocale === undefined) throw new AppError('internal', `Item has no published text for ${locale}`);
  const { unpublishAt: _staffOnly, ...shown } = item;
  return { ...(shown as T), translations, servedLocale };
}

/**
 * The published texts of one item (rows of its translation table) and the one that serves a reader's fallback
 * chain, for list items that carry a single locale; undefined when none does (unpublished since it was listed).
 */
export function servedText<T extends { locale: string }>(published: readonly T[], chain: readonly string[]): { served: T; locales: string[] } | undefined {
  const served = chain.map((locale) => published.find((t) => t.locale === locale)).find((t) => t !== undefined);
  return served && { served, locales: published.map((t) => t.locale).sort() };
}
