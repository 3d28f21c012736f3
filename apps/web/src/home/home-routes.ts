import { createElement } from 'react';
import { Router } from 'express';
import { isSiteLocale } from '../locale/site-locales.js';
import { sendPage } from '../render/send-page.js';
import { HomePage } from './home-page.js';

/** `/{locale}/`: the home page in that locale. */
export function homeRoutes({ siteName }: { siteName: string }): Router {
  const router = Router({ strict: true });

  router.get('/:locale/', (req, res, next) => {
    const { locale } = req.params;
    if (!isSiteLocale(locale)) return next();
    const frame = { locale, siteName, hrefFor: (other: string) => `/${other}/` };
    sendPage(res, 200, createElement(HomePage, { frame }));
  });

  return router;
}
