import type { Locale } from '@kraina/core';

/** What a reader may narrow a search to, in the site's words; the API calls places "site". */
export const searchKinds = ['article', 'event', 'place'] as const;
/** One kind of search result a reader may pick. */
export type SearchKind = (typeof searchKinds)[number];

/** The search page, optionally with a query, a kind of result and a cursor to continue from. */
export function searchPagePath(locale: Locale, search: { q?: string; type?: SearchKind | undefined; cursor?: string | undefined } = {}): string {
  const params = new URLSearchParams();
  if (search.q !== undefined) params.set('q', search.q);
  if (search.type !== undefined) params.set('type', search.type);
  if (search.cursor !== undefined) params.set('cursor', search.cursor);
  const query = params.toString();
  return query === '' ? `/${locale}/search` : `/${locale}/search?${query}`;
}
