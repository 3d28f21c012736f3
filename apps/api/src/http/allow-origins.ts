import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Lets browser pages from the given origins (the web and admin apps) call the API with their cookies; any
 * other origin gets no CORS headers, so its scripts cannot read the answers.
 */
export function allowOrigins(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins.map(toOrigin));
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Accept', 'Accept-Language', 'Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'X-CSRF-Token', 'X-Request-Id'],
    exposedHeaders: ['ETag', 'Location', 'Retry-After', 'X-Request-Id'],
    maxAge: 600,
  });
}

// Compared as origins, so a configured `http://localhost:3001/` still matches; a typo fails at start, not per request.
function toOrigin(configured: string): string {
  const url = new URL(configured);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`"${configured}" is not an http(s) origin`);
  return url.origin;
}
