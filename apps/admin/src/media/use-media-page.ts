import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/api-client.js';
import type { MediaLibraryQuery } from './media-list-url.js';
import { findMediaMissingAlt } from './missing-alt.js';

/** The query key of every media list, so an upload or an edit refreshes them all. */
export const mediaListKey = ['media-list'] as const;

/** One screen of the library for a query: the API's page, or, for "missing alt text", the walk over its pages. */
export function useMediaPage({ q, kind, cursor, missingAlt }: MediaLibraryQuery) {
  const apiQuery = { ...(q === undefined ? {} : { q }), ...(kind === undefined ? {} : { kind }) };
  return useQuery({
    queryKey: [...mediaListKey, { ...apiQuery, cursor, missingAlt }],
    queryFn: ({ signal }) =>
      missingAlt === true
        ? findMediaMissingAlt((from) => api.listMedia({ query: { ...apiQuery, kind: 'image', limit: 100, ...(from === undefined ? {} : { cursor: from }) }, signal }), cursor)
        : api.listMedia({ query: { ...apiQuery, limit: 24, ...(cursor === undefined ? {} : { cursor }) }, signal }),
    placeholderData: keepPreviousData,
  });
}
