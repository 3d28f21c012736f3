import type { Response } from 'express';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';

/** How long browsers and shared caches may keep a page, and serve it stale while they fetch a fresh one. */
export interface PageCachePolicy {
  maxAgeSeconds: number;
  staleWhileRevalidateSeconds: number;
  /** How long a cache may serve a stale copy while this site answers errors (RFC 5861); 0 leaves it out. */
  staleIfErrorSeconds: number;
}

/** The `Cache-Control` of a page, feed or calendar any cache may keep. */
export function pageCacheControl(policy: PageCachePolicy): string {
  const ifError = policy.staleIfErrorSeconds > 0 ? `, stale-if-error=${policy.staleIfErrorSeconds}` : '';
  return `public, max-age=${policy.maxAgeSeconds}, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}${ifError}`;
}

/** Renders a page on the server and sends it as a complete HTML document with the given status. */
export function sendPage(res: Response, status: number, page: ReactElement): void {
  // renderToString: pages are rendered after their data has arrived, so there is nothing left to stream.
  res.status(status).type('html').send(`<!DOCTYPE html>${renderToString(page)}`);
}

/**
 * Sends a content page that any cache may keep: `Cache-Control` with stale-while-revalidate, and express's ETag,
 * so a reader's browser revalidating an unchanged page gets a 304 with no body.
 */
export function sendCacheablePage(res: Response, page: ReactElement, policy: PageCachePolicy): void {
  res.set('Cache-Control', pageCacheControl(policy));
  sendPage(res, 200, page);
}
