import { AppError, type SearchHit } from '@kraina/core';
import { Router } from 'express';
import { createElement } from 'react';
import { isSiteLocale } from '../locale/site-locales.js';
import { sendPage } from '../render/send-page.js';
import { type SiteContext, frameOf } from '../site-context.js';
import { type SearchResults, SearchPage } from './search-page.js';
import { type SearchKind, searchPagePath } from './search-paths.js';
import { type SearchRequest, readSearchRequest } from './search-request.js';

const apiTypes = { article: 'article', event: 'event', place: 'site' } as const satisfies Record<SearchKind, SearchHit['type']>;
const hitsPerPage = 20;

/** `/{locale}/search?q=&type=&cursor=`: search across news, events and places, as a GET form that needs no script. */
export function searchRoutes(site: SiteContext): Router {
  const router = Router({ strict: true });

  router.get('/:locale/search', async (req, res, next) => {
    const { locale } = req.params;
    if (!isSiteLocale(locale)) return next();
    let request: SearchRequest = readSearchRequest(req.query);
    let results: SearchResults | undefined;
    if (request.state === 'ready') {
      try {
        const page = await site.api.search({
          query: { q: request.q, locale, limit: hitsPerPage, ...(request.type ? { type: apiTypes[request.type] } : {}), ...(request.cursor ? { cursor: request.cursor } : {}) },
        });
        results = { hits: page.items, nextCursor: page.nextCursor };
      } catch (error) {
        // A query the API refuses (a cursor from another search, words it cannot parse) is the reader's to change,
        // so it gets this page again with a hint, never an error page.
        if (!(error instanceof AppError && error.code === 'invalid-input')) throw error;
        request = { state: 'invalid', q: request.q };
      }
    }
    const status = request.state === 'too-long' || request.state === 'invalid' ? 400 : 200;
    // Results are the same for every reader (nothing personal is shown), so shared caches may keep them, but only for a
    // minute: a query a crowd repeats (an emergency's place name) costs the API once a minute, and new articles still
    // turn up quickly. A refused query is not kept at all.
    res.set('Cache-Control', status === 200 ? 'public, max-age=60' : 'no-store');
    res.set('X-Robots-Tag', 'noindex, nofollow');
    // The same search in another language starts from its first results: a cursor belongs to one locale's list.
    const q = request.state === 'empty' ? undefined : request.q;
    const type = request.state === 'empty' || request.state === 'ready' ? request.type : undefined;
    const frame = frameOf(site, locale, (other) => searchPagePath(other, { q, type }));
    sendPage(res, status, createElement(SearchPage, { frame, request, results }));
  });

  return router;
}
