import type { StaffArticleSummary } from '@kraina/core';

/** One article whose translations lag behind their source: per locale, the fields that changed under them. */
export interface StaleArticle {
  article: StaffArticleSummary;
  locales: { locale: string; fields: string[] }[];
}

/** The articles among `items` with at least one stale translated field, in the order given. */
export function staleTranslations(items: readonly StaffArticleSummary[]): StaleArticle[] {
  return items.flatMap((article) => {
    const locales = Object.entries(article.translationStatus).flatMap(([locale, status]) => (status.stale.length > 0 ? [{ locale, fields: status.stale }] : []));
    return locales.length > 0 ? [{ article, locales }] : [];
  });
}
