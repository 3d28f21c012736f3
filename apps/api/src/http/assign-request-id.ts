import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';

// A proxy's id is kept so one request can be followed across services; anything odder is replaced, since the
// id goes into logs and a response header and must not carry newlines, markup or a megabyte of text.
const saneRequestId = /^[\w.:@-]{1,128}$/;

const requestIds = new WeakMap<Request, string>();

/** Gives each request an id (a sane incoming `X-Request-Id`, or a new UUID) and echoes it in the answer. */
export const assignRequestId: RequestHandler = (req, res, next) => {
  const id = requestIdFrom(req.get('X-Request-Id'));
  requestIds.set(req, id);
  res.set('X-Request-Id', id);
  next();
};

/** The id of a request with this `X-Request-Id` header: the caller's, when sane, or a new UUID. */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && saneRequestId.test(incoming) ? incoming : randomUUID();
}

/** The id `assignRequestId` gave a request, for its log lines. */
export function requestIdOf(req: Request): string | undefined {
  return requestIds.get(req);
}
