import { isAppError } from '@kraina/core';
import type { ErrorRequestHandler } from 'express';
import { isDatabaseUnavailable } from '../db/unavailable-errors.js';
import type { ResponseCache } from './response-cache.js';

/**
 * When the database is away, a public read the response cache still holds (even past its TTL) is answered from
 * it, marked stale, rather than with 503: readers see the site as it was minutes ago instead of an error page.
 * Anything else thrown, or a read never cached, goes on to the problem handler as before.
 */
export function answerStaleOnOutage(cache: Pick<ResponseCache, 'serveStale'>): ErrorRequestHandler {
  return (thrown: unknown, req, res, next) => {
    const unavailable = isDatabaseUnavailable(thrown) || (isAppError(thrown) && thrown.code === 'unavailable');
    if (unavailable && cache.serveStale(req, res)) return;
    next(thrown);
  };
}
