import { SitePathSchema } from '@kraina/core';
import type { RequestHandler } from 'express';
import { loadOrMissing } from '../news/load-or-missing.js';
import type { SiteContext } from '../site-context.js';

/** How long browsers and caches keep a redirect; staff may point an old address elsewhere later, so not forever. */
const redirectMaxAgeSeconds = 3600;

/**
 * The addresses to look an unknown request up by, most specific first: the path with its query (legacy pages such
 * as `/index.php?id=43443` told items apart by it), then the bare path. Paths go as the browser sent them,
 * percent-escapes and all, which is how the API stores and compares them (exact match). Anything core's
 * SitePathSchema refuses (a `//host` path, spaces, backslashes) cannot be a redirect and is not asked about.
 */
export function redirectCandidates(originalUrl: string): string[] {
  const at = originalUrl.indexOf('?');
  const path = at === -1 ? originalUrl : originalUrl.slice(0, at);
  const candidates = at === -1 || at === originalUrl.length - 1 ? [path] : [originalUrl, path];
  return candidates.filter((candidate) => SitePathSchema.safeParse(candidate).success);
}

/**
 * Before the 404 page: asks the API whether the address the reader asked for is an old one, and answers 301 with
 * where it lives now. Open redirects are impossible by construction: only a target the API vouches for is followed,
 * and it must again pass SitePathSchema here (one leading "/", no scheme, host, "//" or backslash), so it is always
 * a path on this site, whatever the API's database holds.
 */
export function followRedirects(site: SiteContext): RequestHandler {
  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    for (const path of redirectCandidates(req.originalUrl)) {
      // A missing redirect is the 404 that follows; an API that is down is a 503, not a reason to say "not found".
      const redirect = await loadOrMissing(site.api.lookupRedirect({ query: { path } }));
      if (redirect === undefined) continue;
      const target = SitePathSchema.safeParse(redirect.to);
      if (!target.success || target.data === req.originalUrl) continue;
      res.set('Cache-Control', `public, max-age=${redirectMaxAgeSeconds}`);
      return res.redirect(301, target.data);
    }
    next();
  };
}
