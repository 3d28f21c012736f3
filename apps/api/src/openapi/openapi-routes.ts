import { Router } from 'express';
import { type CachePolicy, defaultCachePolicy, publicCacheControl } from '../http/cache-headers.js';
import { sendWithETag } from '../http/send-with-etag.js';
import type { OpenApiDocument } from './openapi-types.js';
import { renderReferencePage } from './render-reference-page.js';

/**
 * Serves the OpenAPI document at `GET /api/openapi.json` and the reference page at `GET /api/docs`, both
 * rendered once at start-up and cacheable, since they change only with a deploy.
 */
export function openApiRoutes(document: OpenApiDocument, cachePolicy: CachePolicy = defaultCachePolicy): Router {
  const json = JSON.stringify(document);
  const page = renderReferencePage(document);
  const router = Router();
  router.get('/api/openapi.json', (_req, res) => {
    res.set('Cache-Control', publicCacheControl(cachePolicy));
    sendWithETag(res, json, 'application/json');
  });
  router.get('/api/docs', (_req, res) => {
    res.set('Cache-Control', publicCacheControl(cachePolicy));
    sendWithETag(res, page, 'text/html');
  });
  return router;
}
