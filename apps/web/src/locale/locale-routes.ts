import { negotiateLocale } from '@kraina/core';
import { Router } from 'express';
import { isSiteLocale, siteLocales } from './site-locales.js';

/** `/` sends each reader to their language; `/en` gains the slash its canonical address has. */
export function localeRoutes(): Router {
  const router = Router({ strict: true });

  router.get('/', (req, res) => {
    const locale = negotiateLocale(req.get('Accept-Language'), siteLocales);
    // 302 and Vary: the answer depends on who asks, so no cache may hand one reader's language to the next.
    res.vary('Accept-Language').set('Cache-Control', 'private, no-cache').redirect(302, `/${locale}/`);
  });

  router.get('/:locale', (req, res, next) => {
    if (!isSiteLocale(req.params.locale)) return next();
    res.redirect(301, `/${req.params.locale}/`);
  });

  return router;
}
