import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import type { KrainaClient } from '@kraina/core';
import { Router } from 'express';
import { loadOrMissing } from '../news/load-or-missing.js';
import type { ImageSource } from './image-sources.js';
import { mediaFileNameOf } from './media-file-path.js';

// `/media/<file>` serves the API's files under this site's origin, since the API lets only its own origin embed
// them. A file is fetched only when the API's public read of its media item names it: an id no published content
// shows, a made-up rendition name or a path trick finds nothing here, however it is spelt. It is fetched from the
// API over API_URL or, for a file the API does not keep, from the absolute address the read gives (S3_PUBLIC_URL's
// bucket), so any number of sites serve files any api process uploaded.
const filePattern = /^(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[-.][A-Za-z0-9._-]{1,60})?$/i;
// The API's caching headers travel with the file: a new upload is a new id, so the API may say "a year, immutable".
const passedHeaders = ['content-type', 'content-length', 'cache-control', 'etag', 'last-modified'] as const;
/** Long enough for the largest rendition over a slow link to the API, short enough that a stuck one is let go. */
const fetchTimeoutMs = 30_000;

/**
 * The image a media id shows when its renditions are not loaded: the largest rendition in its original format,
 * served at `/media/<id>`. Pages that can await should use `loadImage` (load-image.ts) for srcset and sizes.
 */
export function imageOf(mediaId: string): ImageSource {
  return { src: `/media/${mediaId}`, variants: [] };
}

const isAbsolute = (url: string) => /^https?:\/\//i.test(url);

/** `/media/<file>`: a file the API vouches for, streamed from the API with its caching headers. */
export function mediaRoutes({ apiUrl, api }: { apiUrl: string; api: KrainaClient }): Router {
  const router = Router({ strict: true });
  const mediaBase = new URL('media/', apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);

  router.get('/media/:file', async (req, res, next) => {
    const file = req.params.file;
    const id = filePattern.exec(file)?.groups?.id;
    if (id === undefined) return next();
    const media = await loadOrMissing(api.getPublicMedia({ params: { id } }));
    if (!media) return next();
    const known = [media.url, ...media.variants.map((variant) => variant.url)].map((url) => ({ url, name: mediaFileNameOf(url) }));
    // `/media/<id>` alone is the main file; anything else must be one of the names the API gave.
    const chosen = file === id ? known[0] : known.find((candidate) => candidate.name === file);
    if (chosen?.name === undefined) return next();

    const gone = new AbortController();
    res.once('close', () => gone.abort());
    const conditional = Object.fromEntries(
      (['if-none-match', 'if-modified-since'] as const).flatMap((header) => (typeof req.headers[header] === 'string' ? [[header, req.headers[header]]] : [])),
    );
    const fetchFile = (source: URL) =>
      fetch(source, {
        // Said outright: fetch otherwise adds `no-cache` to a conditional request, and the API would never answer 304.
        headers: { ...conditional, 'cache-control': 'max-age=0' },
        signal: AbortSignal.any([gone.signal, AbortSignal.timeout(fetchTimeoutMs)]),
      });
    // The API first, over API_URL as ever; a file it does not keep is in the object storage its address names.
    let upstream = await fetchFile(new URL(encodeURIComponent(chosen.name), mediaBase));
    if (upstream.status === 404 && isAbsolute(chosen.url)) {
      await upstream.body?.cancel();
      upstream = await fetchFile(new URL(chosen.url));
    }
    if (upstream.status !== 200 && upstream.status !== 304) {
      await upstream.body?.cancel();
      return next();
    }
    for (const header of passedHeaders) {
      const value = upstream.headers.get(header);
      if (value !== null) res.set(header, value);
    }
    res.status(upstream.status);
    if (upstream.status === 304 || !upstream.body) {
      await upstream.body?.cancel();
      res.end();
      return;
    }
    // A reader who leaves mid-file ends the stream: that is not the site's fault, and not worth an error page.
    await pipeline(Readable.fromWeb(upstream.body as ReadableStream), res).catch(() => undefined);
  });

  return router;
}
