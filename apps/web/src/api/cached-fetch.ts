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

/** A fetch that keeps answers, and can be told to forget them all when the content they came from has changed. */
export type CachedFetch = typeof globalThis.fetch & {
  /** Drops every kept answer; answers being fetched right now are handed to their callers but not kept. */
  forgetAll: () => void;
};

/**
 * A fetch that keeps successful GET answers for a short time and lets concurrent requests for one URL share a single
 * call. Many readers opening the same article at once then cost the API one request, not hundreds.
 */
export function cachedFetch(fetchImpl: typeof globalThis.fetch, { ttlMs, maxSize = 32_000_000, now }: FetchCacheOptions): CachedFetch {
  if (ttlMs <= 0) return Object.assign((input: RequestInfo | URL, init?: RequestInit) => fetchImpl(input, init), { forgetAll: () => undefined });
  const kept = new LRUCache<string, Kept>({
    max: 5000,
    maxSize,
    sizeCalculation: (value) => Math.max(1, value.body.length),
    ttl: ttlMs,
    // lru-cache otherwise reads its clock once per millisecond timer tick; a given clock is read every time.
    ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
  });
  const inFlight = new Map<string, Promise<Kept>>();
  // Bumped by forgetAll: an answer asked for before a change may describe the content before it, so it is not kept.
  let generation = 0;

  const load = async (url: string, init: RequestInit | undefined): Promise<Kept> => {
    const askedIn = generation;
    const response = await fetchImpl(url, init);
    const answer = { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text() };
    // Only successes are kept: a 404 may be an article published a moment later, a 5xx a passing fault.
    if (response.ok && askedIn === generation) kept.set(url, answer);
    return answer;
  };

  const forgetAll = () => {
    generation += 1;
    kept.clear();
    // Later readers ask afresh rather than join a request that began before the change.
    inFlight.clear();
  };

  const read = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const url = input instanceof Request ? input.url : String(input);
    if (method !== 'GET' || input instanceof Request) return fetchImpl(input, init);
    let answer = kept.get(url);
    if (!answer) {
      let pending = inFlight.get(url);
      if (!pending) {
        const started = load(url, init).finally(() => {
          // After forgetAll, the entry may be a newer request's: only this one's own is removed.
          if (inFlight.get(url) === started) inFlight.delete(url);
        });
        inFlight.set(url, started);
        pending = started;
      }
      answer = await pending;
    }
    return new Response(answer.body === '' ? null : answer.body, { status: answer.status, headers: { 'content-type': answer.contentType } });
  };
  return Object.assign(read, { forgetAll });
}
