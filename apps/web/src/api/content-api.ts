import { type KrainaClient, createClient } from '@kraina/core';
import { cachedFetch } from './cached-fetch.js';

/** Where the API is and how long answers are reused. */
export interface ContentApiOptions {
  apiUrl: string;
  cacheSeconds: number;
  fetch?: typeof globalThis.fetch;
}

/** The site's client of the API, and how to drop every answer it keeps once the content has changed. */
export interface ContentApi {
  client: KrainaClient;
  forgetAnswers: () => void;
}

/**
 * The site's one way to read content: core's typed client over HTTP, through a short-lived cache. Answers are
 * checked against the contract, so an API that drifts fails here, loudly, rather than as a half-empty page.
 */
export function createContentApi({ apiUrl, cacheSeconds, fetch = globalThis.fetch }: ContentApiOptions): ContentApi {
  const cached = cachedFetch(fetch, { ttlMs: cacheSeconds * 1000 });
  return { client: createClient({ baseUrl: apiUrl, fetch: cached }), forgetAnswers: cached.forgetAll };
}
