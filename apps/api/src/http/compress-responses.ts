import compression from 'compression';
import type { RequestHandler } from 'express';

// compression picks brotli (at quality 4, fast enough per request) when the caller accepts it, else gzip;
// bodies under 1 kB go out as they are, since compressing them costs more than it saves.
/** Compresses answers with brotli or gzip, as the caller's `Accept-Encoding` allows. */
export const compressResponses: RequestHandler = compression({ threshold: 1024 });
