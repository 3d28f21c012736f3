import { Router } from 'express';
import { siteLocales } from '../locale/site-locales.js';

/** The text of robots.txt: the whole site is open, except previews of drafts and search results, and names the sitemap. */
export function robotsText(siteUrl: string): string {
  // Each locale's paths are listed rather than written as `/*/search`: the wildcard is an extension some crawlers lack.
  const closed = ['/preview/', ...siteLocales.locales.flatMap((locale) => [`/${locale}/preview/`, `/${locale}/search`])];
  return ['User-agent: *', 'Allow: /', ...closed.map((path) => `Disallow: ${path}`), '', `Sitemap: ${new URL('/sitemap.xml', siteUrl).href}`, ''].join('\n');
}

/** `/robots.txt`. */
export function robotsRoutes({ siteUrl }: { siteUrl: string }): Router {
  const router = Router({ strict: true });
  router.get('/robots.txt', (_req, res) => {
    res.type('text/plain').set('Cache-Control', 'public, max-age=3600').send(robotsText(siteUrl));
  });
  return router;
}
