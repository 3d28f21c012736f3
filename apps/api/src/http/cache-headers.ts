import type { RequestHandler } from 'express';

/** How long browsers and shared caches (a CDN) may keep a public read before asking again. */
export interface CachePolicy {
  maxAgeSeconds: number;
  /** How long a cache may keep serving a stale copy while it fetches a fresh one in the background. */
  staleWhileRevalidateSeconds: number;
  /** How long a cache may serve a stale copy while this API answers errors (RFC 5861); 0 leaves it out. */
  staleIfErrorSeconds: number;
}

// Short: an editor who publishes a correction should see it on the site within a minute.
/** The cache lifetimes used unless configured otherwise. */
// A day of stale-if-error: a CDN keeps the portal readable through a database outage, as this API's own cache does.
export const defaultCachePolicy: CachePolicy = { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 300, staleIfErrorSeconds: 86_400 };

/** The `Cache-Control` of a public read: any cache may keep it for the policy's lifetimes. */
export function publicCacheControl(policy: CachePolicy): string {
  const ifError = policy.staleIfErrorSeconds > 0 ? `, stale-if-error=${policy.staleIfErrorSeconds}` : '';
  return `public, max-age=${policy.maxAgeSeconds}, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}${ifError}`;
}

/** The `Cache-Control` of anything a signed-in member of staff sees: drafts must never reach a shared cache. */
export const privateCacheControl = 'private, no-store';

/**
 * Marks every answer `no-store` until a route says otherwise, so errors, writes and anything a route forgot
 * to mark can never be kept by a cache; public reads opt in with `publicCacheControl`.
 */
export const forbidCachingByDefault: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};
