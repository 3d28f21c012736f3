import { AppError } from '@kraina/core';

/**
 * The API's answer, or undefined when what the address names is not there: a 404, or a 422 for a slug or day that
 * cannot exist. Either way the reader gets this site's 404 page; any other failure is the site's problem and goes on.
 */
export async function loadOrMissing<T>(load: Promise<T>): Promise<T | undefined> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not-found' || error.code === 'invalid-input')) return undefined;
    throw error;
  }
}

/**
 * The page number a list's `?page=` asks for: 1 when absent, undefined when it is not a page number a reader could
 * reach (0, -1, 2.5, "abc", two values), so the route can answer 404 rather than guess.
 */
export function requestedPage(query: unknown): number | undefined {
  if (query === undefined) return 1;
  if (typeof query !== 'string' || !/^[1-9]\d{0,5}$/.test(query)) return undefined;
  const page = Number(query);
  // The API numbers pages up to 100,000; past that is no page.
  return page <= 100_000 ? page : undefined;
}
