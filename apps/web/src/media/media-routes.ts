import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { Router } from 'express';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { ImageSource } from './image-sources.js';

// The API keeps each file as `<id>.<extension>` and serves it only to its own origin (Cross-Origin-Resource-Policy),
// while content carries just the media id: the API's contract has no public read of a media item yet (its URL, size
// and renditions). Until it has, this site serves `/media/<id>` itself, finding the file among the extensions the
// API stores, and pages show the original without renditions. When the contract gains that read, `imageOf` takes
// the item from it and srcset follows with no change to the pages.
const storedExtensions = ['jpeg', 'webp', 'png', 'avif', 'gif'] as const;
const MediaIdSchema = z.uuid();

/** The image a media id shows on this site. */
export function imageOf(mediaId: string): ImageSource {
  return { src: `/media/${mediaId}`, variants: [] };
}

/** `/media/<id>`: the API's file for a media item, passed through with the API's year-long caching. */
export function mediaRoutes({ apiUrl }: { apiUrl: string }): Router {
  const router = Router();
  const extensionOf = new LRUCache<string, string>({ max: 10_000 });

  router.get('/media/:mediaId', async (req, res, next) => {
    const id = req.params.mediaId;
    if (!MediaIdSchema.safeParse(id).success) return next();
    const known = extensionOf.get(id);
    for (const extension of known === undefined ? storedExtensions : [known]) {
      const response = await fetch(new URL(`media/${id}.${extension}`, apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`));
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        continue;
      }
      extensionOf.set(id, extension);
      res.set({
        'Content-Type': response.headers.get('content-type') ?? 'application/octet-stream',
        // A media id's file never changes: a new upload is a new id.
        'Cache-Control': 'public, max-age=31536000, immutable',
      });
      const length = response.headers.get('content-length');
      if (length !== null) res.set('Content-Length', length);
      Readable.fromWeb(response.body as ReadableStream).pipe(res);
      return;
    }
    next();
  });

  return router;
}
