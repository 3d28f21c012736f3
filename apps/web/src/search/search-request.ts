import { type SearchKind, searchKinds } from './search-paths.js';

/** The longest query the API takes (core's SearchQuerySchema); longer ones get a page saying so, not an error. */
export const maxQueryLength = 200;

/** What a search page was asked for, read from its query string before anything is sent to the API. */
export type SearchRequest =
  | { state: 'empty'; type: SearchKind | undefined }
  | { state: 'too-long'; q: string }
  | { state: 'invalid'; q: string }
  | { state: 'ready'; q: string; type: SearchKind | undefined; cursor: string | undefined };

const cursorPattern = /^[A-Za-z0-9_-]{1,512}$/;

function isSearchKind(value: string): value is SearchKind {
  return (searchKinds as readonly string[]).includes(value);
}

/**
 * Reads `?q=&type=&cursor=` as a reader or a crawler may send them: absent, empty, repeated (`?q=a&q=b` arrives as
 * an array), too long, or naming a kind that does not exist. Each gets a state the page can explain.
 */
export function readSearchRequest(query: Record<string, unknown>): SearchRequest {
  const { q, type, cursor } = query;
  const text = typeof q === 'string' ? q.trim() : q === undefined ? '' : undefined;
  const kind = type === undefined || type === '' || type === 'all' ? undefined : typeof type === 'string' && isSearchKind(type) ? type : null;
  if (text === undefined || kind === null) return { state: 'invalid', q: typeof q === 'string' ? q.trim().slice(0, maxQueryLength) : '' };
  if (text === '') return { state: 'empty', type: kind };
  // Counted in code points, as a reader counts characters, not UTF-16 units.
  if ([...text].length > maxQueryLength) return { state: 'too-long', q: [...text].slice(0, maxQueryLength).join('') };
  if (cursor !== undefined && (typeof cursor !== 'string' || !cursorPattern.test(cursor))) return { state: 'invalid', q: text };
  return { state: 'ready', q: text, type: kind, cursor };
}
