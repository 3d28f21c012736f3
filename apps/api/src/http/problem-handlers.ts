import { AppError, isAppError, toProblem } from '@kraina/core';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../db/unavailable-errors.js';

/** The last route: whatever nothing else answered is a 404 problem, never express's HTML page. */
export const answerNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError('not-found', `Nothing answers ${req.method} ${req.path}`));
};

// How long a caller should wait before trying again when the database (or Redis) is away: a restart or failover
// usually takes seconds.
const retryUnavailableAfterSeconds = 5;

/** Turns anything thrown into an RFC 9457 problem+json answer; only unexpected errors are logged, with their cause. */
export function answerProblems(logger: Logger): ErrorRequestHandler {
  return (thrown: unknown, req, res, next) => {
    const error = toAppError(thrown);
    if (error.code === 'internal') logger.error({ err: thrown, reqId: res.getHeader('x-request-id'), method: req.method, url: req.originalUrl }, 'request failed');
    // Once the status line is sent the answer cannot change; express's default handler closes the connection.
    if (res.headersSent) return next(thrown);
    const problem = toProblem(error, req.originalUrl);
    if (error.code === 'unavailable' && res.getHeader('retry-after') === undefined) res.set('Retry-After', String(retryUnavailableAfterSeconds));
    res.status(problem.status).type('application/problem+json').json(problem);
  };
}

function toAppError(thrown: unknown): AppError {
  if (isAppError(thrown)) return thrown;
  // express and its parsers throw http-errors: a 400 is the caller's mistake, safe to describe.
  if (hasStatus(thrown) && thrown.status === 400) {
    return new AppError('malformed-request', 'The request could not be read', { cause: thrown });
  }
  // The database down or locked is not a bug: the caller may try again shortly, and nothing was half-written, since
  // every write runs in a transaction that did not commit.
  if (isDatabaseUnavailable(thrown)) return new AppError('unavailable', 'The database cannot be reached just now; try again shortly', { cause: thrown });
  return new AppError('internal', 'Unexpected error', { cause: thrown });
}

function hasStatus(value: unknown): value is { status: number } {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number';
}
