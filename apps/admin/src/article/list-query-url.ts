import { type StaffArticleListQuery, StaffArticleListQuerySchema } from '@kraina/core';

const fields = ['status', 'section', 'locale', 'q', 'sort', 'cursor'] as const;
type UrlField = (typeof fields)[number];

/**
 * The article list's state read from its address, field by field with core's own schema: a hand-edited or outdated
 * value is dropped rather than sent to the API to be refused, so a bookmark always opens a list.
 */
export function listQueryFromUrl(params: URLSearchParams): StaffArticleListQuery {
  const query: Partial<Record<UrlField, string>> = {};
  for (const field of fields) {
    const value = params.get(field);
    if (value === null || value === '') continue;
    if (StaffArticleListQuerySchema.shape[field].safeParse(value).success) query[field] = value;
  }
  return query as StaffArticleListQuery;
}

/** The address of a list state; a default order is left out, so the plain list has the plain address. */
export function listQueryToUrl(query: StaffArticleListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = query[field];
    if (value === undefined || value === '' || (field === 'sort' && value === 'updated-desc')) continue;
    params.set(field, String(value));
  }
  return params;
}
