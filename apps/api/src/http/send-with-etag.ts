import { createHash } from 'node:crypto';
import type { Response } from 'express';

/**
 * A weak entity tag for a representation: a hash of its bytes. Weak because compression re-encodes the bytes
 * on the way out while the content stays the same, and a strong tag would promise byte equality.
 */
export function entityTag(body: string | Buffer): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * Sends a body with its entity tag (unless the route set its own); express answers 304 with no body instead
 * when the request's `If-None-Match` names the tag.
 */
export function sendWithETag(res: Response, body: string | Buffer, contentType: string): void {
  if (res.get('ETag') === undefined) res.set('ETag', entityTag(body));
  res.type(contentType).send(body);
}
