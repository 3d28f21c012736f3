import { type MediaListQuery, MediaListQuerySchema } from '@kraina/core';

/** The media library's state as its address holds it: the API's own query, plus the "missing alt text" filter. */
export interface MediaLibraryQuery extends Pick<MediaListQuery, 'q' | 'kind' | 'cursor'> {
  /** Only images that lack alt text in some content locale. */
  missingAlt?: boolean;
  /** The item open in the detail panel. */
  item?: string;
}

const apiFields = ['q', 'kind', 'cursor'] as const;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The library's state read from its address, each API field checked by core's schema: a hand-edited value is
 * dropped rather than sent to be refused, so a bookmark always opens a library.
 */
export function mediaQueryFromUrl(params: URLSearchParams): MediaLibraryQuery {
  const query: MediaLibraryQuery = {};
  for (const field of apiFields) {
    const value = params.get(field);
    if (value === null || value === '') continue;
    const parsed = MediaListQuerySchema.shape[field].safeParse(value);
    if (parsed.success && parsed.data !== undefined) Object.assign(query, { [field]: parsed.data });
  }
  if (params.get('alt') === 'missing') query.missingAlt = true;
  const item = params.get('item');
  if (item !== null && uuid.test(item)) query.item = item;
  return query;
}

/** The address of a library state; empty fields are left out, so the plain library has the plain address. */
export function mediaQueryToUrl(query: MediaLibraryQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of apiFields) {
    const value = query[field];
    if (value !== undefined && value !== '') params.set(field, value);
  }
  if (query.missingAlt === true) params.set('alt', 'missing');
  if (query.item !== undefined) params.set('item', query.item);
  return params;
}
