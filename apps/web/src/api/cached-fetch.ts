import { LRUCache } from 'lru-cache';

/** How long and how much of the API's answers the web process keeps. */
export interface FetchCacheOptions {
  ttlMs: number;
  /** An upper bound on the bodies kept, in characters, so a burst of distinct pages cannot grow the process. */
  maxSize?: number;
  /** The clock the cache measures age by; tests pass their own. */
  now?: () => number;
}

interface Kept {
  status: number;
  contentType: string;
  body: string;
}

/**
 * A fetch that keeps successful GET answers for a short time and lets concurrent requests for one URL share a single
 * call. Many readers opening the same article at once then cost the API one request, not hundreds.
 */
export function cachedFetch(fetchImpl: typeof globalThis.fetch, { ttlMs, maxSize = 32_000_000, now }: FetchCacheOptions): typeof globalThis.fetch {
  if (ttlMs <= 0) return fetchImpl;
  const kept = new LRUCache<string, Kept>({
    max: 5000,
    maxSize,
    sizeCalculation: (value) => Math.max(1, value.body.length),
    ttl: ttlMs,
    // lru-cache otherwise reads its clock once per millisecond timer tick; a given clock is read every time.
    ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
  });
  const inFlight = new Map<string, Promise<Kept>>();

  const load = async (url: string, init: RequestInit | undefined): Promise<Kept> => {
    const response = await fetchImpl(url, init);
    const answer = { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text() };
    // Only successes are kept: a 404 may be an article published a moment later, a 5xx a passing fault.
    if (response.ok) kept.set(url, answer);
    return answer;
  };

  return async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const url = input instanceof Request ? input.url : String(input);
    if (method !== 'GET' || input instanceof Request) return fetchImpl(input, init);
    let answer = kept.get(url);
    if (!answer) {
      let pending = inFlight.get(url);
      if (!pending) {
        pending = load(url, init).finally(() => inFlight.delete(url));
        inFlight.set(url, pending);
      }
      answer = await pending;
    }
    return new Response(answer.body === '' ? null : answer.body, { status: answer.status, headers: { 'content-type': answer.contentType } });
  };
}
