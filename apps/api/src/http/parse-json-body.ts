import { AppError } from '@kraina/core';
import express, { type Request, type RequestHandler } from 'express';

/** The largest JSON body a route reads unless configured otherwise: 1 MB, ample for a long article. */
export const defaultBodyLimitBytes = 1_048_576;

// `application/merge-patch+json` and the like are JSON too; anything else on a body route is refused with 415.
const jsonTypes = ['application/json', 'application/*+json'];

/**
 * Reads a JSON body into `req.body`, answering every failure as an `AppError`: malformed JSON is 400
 * `malformed-request`, a body over the limit 413 `payload-too-large`, a body that is not JSON 415
 * `unsupported-media-type`. Mounted only on routes that take a body.
 */
export function parseJsonBody({ limitBytes = defaultBodyLimitBytes }: { limitBytes?: number } = {}): RequestHandler {
  // `strict: false` accepts any JSON value: a well-formed `"text"` is a wrong shape (422 from the schema), not unreadable.
  const parse = express.json({ limit: limitBytes, strict: false, type: jsonTypes });
  return (req, res, next) => {
    if (hasBody(req) && !req.is(jsonTypes)) {
      next(new AppError('unsupported-media-type', 'Send the body as JSON, with Content-Type: application/json'));
      return;
    }
    parse(req, res, (error?: unknown) => {
      next(error === undefined ? undefined : toAppError(error, limitBytes));
    });
  };
}

// A `Content-Length: 0` request has no body to type, so it reaches the schema, which names the missing fields.
function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

// body-parser reports with http-errors; its messages can quote the body, so the caller gets a fixed sentence instead.
function toAppError(error: unknown, limitBytes: number): AppError {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  if (status === 413) return new AppError('payload-too-large', `The body is larger than ${limitBytes} bytes`, { cause: error });
  if (status === 415) {
    return new AppError('unsupported-media-type', 'Send the body as UTF-8 JSON, uncompressed or with gzip, deflate or br', { cause: error });
  }
  if (status === 400) return new AppError('malformed-request', 'The body is not valid JSON', { cause: error });
  return new AppError('internal', 'Could not read the request body', { cause: error });
}
