import { AppError, type Locale, type Preview, PreviewTokenSchema, negotiateLocale, resolveLocalized } from '@kraina/core';
import { type Response, Router } from 'express';
import { createElement } from 'react';
import { sendEventPage } from '../events/event-routes.js';
import { isSiteLocale, siteLocales } from '../locale/site-locales.js';
import { sendArticlePage } from '../news/news-routes.js';
import { sendPlacePage } from '../places/place-routes.js';
import { sendPage } from '../render/send-page.js';
import { type SiteContext, frameOf } from '../site-context.js';
import type { ItemPageOptions } from './item-page-options.js';
import { PreviewGonePage } from './preview-pages.js';

/** Where the site shows a preview link's item to a reader of `locale`. */
export const previewPagePath = (locale: Locale, token: string) => `/${locale}/preview/${token}`;

function noStore(res: Response): Response {
  return res.set('Cache-Control', 'no-store').set('X-Robots-Tag', 'noindex, nofollow');
}

/**
 * `/{locale}/preview/{token}`: a draft opened through a short-lived signed link the API issued. The API's link is
 * `/preview/{token}`, with no language (an editor may preview any translation); that address sends the reader on to
 * their language's, so the link works as the admin hands it out, prefixed with SITE_URL.
 */
export function previewRoutes(site: SiteContext): Router {
  const router = Router({ strict: true });

  router.get('/preview/:token', (req, res) => {
    const locale = negotiateLocale(req.get('Accept-Language'), siteLocales);
    noStore(res).vary('Accept-Language').redirect(302, previewPagePath(locale, encodeURIComponent(req.params.token)));
  });

  router.get('/:locale/preview/:token', async (req, res, next) => {
    const { locale, token } = req.params;
    if (!isSiteLocale(locale)) return next();
    noStore(res);
    const preview = PreviewTokenSchema.safeParse(token).success ? await readPreview(site, token) : undefined;
    if (preview === undefined) {
      // 404 whatever is wrong with the link, as the API answers: a stranger learns nothing about which drafts exist.
      sendPage(res, 404, createElement(PreviewGonePage, { frame: frameOf(site, locale, (other) => previewPagePath(other, token)) }));
      return;
    }
    const options: ItemPageOptions = { preview: true, previewLink: { expiresAt: preview.expiresAt, pathIn: (other) => previewPagePath(other, token) } };
    if (preview.kind === 'article') {
      const { article } = preview;
      const servedLocale = resolveLocalized(article.translations, locale)?.locale;
      if (servedLocale === undefined) throw new Error(`Preview of article ${article.id} has no translation`);
      await sendArticlePage(site, res, locale, { ...article, servedLocale }, options);
      return;
    }
    if (preview.kind === 'event') {
      const { event } = preview;
      const servedLocale = resolveLocalized(event.translations, locale)?.locale;
      if (servedLocale === undefined) throw new Error(`Preview of event ${event.id} has no translation`);
      await sendEventPage(site, res, locale, { ...event, servedLocale }, options);
      return;
    }
    const place = preview.site;
    const servedLocale = resolveLocalized(place.translations, locale)?.locale;
    if (servedLocale === undefined) throw new Error(`Preview of place ${place.id} has no translation`);
    await sendPlacePage(site, res, locale, { ...place, servedLocale }, options);
  });

  return router;
}

/** What a token opens, read fresh each time (a cached answer could outlive the link); undefined when it opens nothing. */
async function readPreview(site: SiteContext, token: string): Promise<Preview | undefined> {
  try {
    return await site.uncachedApi.readPreview({ params: { token } });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not-found' || error.code === 'invalid-input')) return undefined;
    throw error;
  }
}
