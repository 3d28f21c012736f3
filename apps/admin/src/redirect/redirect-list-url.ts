import { type RedirectListQuery, RedirectListQuerySchema } from '@kraina/core';

const fields = ['q', 'cursor'] as const;

/** The redirect list's search and page read from its address with core's schema; a value it refuses is dropped. */
export function redirectQueryFromUrl(params: URLSearchParams): RedirectListQuery {
  const query: Partial<Record<(typeof fields)[number], string>> = {};
  for (const field of fields) {
    const value = params.get(field)?.trim();
    if (value && RedirectListQuerySchema.shape[field].safeParse(value).success) query[field] = value;
  }
  return query;
}

/** The address of a redirect list state. */
export function redirectQueryToUrl(query: RedirectListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = query[field];
    if (value) params.set(field, value);
  }
  return params;
}
