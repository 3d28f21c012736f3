import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { redactUrl } from './redact-url.js';

/**
 * Logs one line per answered request, with its status, how long it took, and the request id the answer carries
 * (`X-Request-Id`, when a middleware gave one), so a caller's report can be matched to its line. Secrets in the
 * address (preview tokens, token-like query parameters) are replaced before the line is written.
 */
export function logRequests(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.on('finish', () => {
      const reqId = res.getHeader('x-request-id');
      logger.info(
        {
          ...(typeof reqId === 'string' ? { reqId } : {}),
          method: req.method,
          url: redactUrl(req.originalUrl),
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    next();
  };
}
