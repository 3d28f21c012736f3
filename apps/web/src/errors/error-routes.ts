import { AppError } from '@kraina/core';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { createElement } from 'react';
import type { PageFrame } from '../layout/page-layout.js';
import { requestLocale } from '../locale/site-locales.js';
import { sendPage } from '../render/send-page.js';
import { type SiteContext, frameOf } from '../site-context.js';
import { NotFoundPage } from './not-found-page.js';
import { ServerErrorPage } from './server-error-page.js';

/** The last route: a helpful 404 page in the reader's language, for any address nothing else answered. */
export function answerNotFound(site: SiteContext): RequestHandler {
  return (req, res) => {
    // Long addresses are cut so a crafted URL cannot fill the page; React escapes what remains.
    const path = req.originalUrl.length > 120 ? `${req.originalUrl.slice(0, 120)}…` : req.originalUrl;
    // Briefly, since the address may be published or redirected a moment later.
    res.set('Cache-Control', 'public, max-age=60');
    sendPage(res, 404, createElement(NotFoundPage, { frame: frameFor(req, res, site), path }));
  };
}

/** Logs what went wrong and shows an apology page; the error itself never reaches the reader. */
export function answerErrors(site: SiteContext & { logger: Logger }): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    site.logger.error({ err: error, method: req.method, url: req.originalUrl }, 'page failed');
    if (res.headersSent) return next(error);
    // The API being down is a 503 that caches and crawlers know to retry, not a fault of this page.
    const status = error instanceof AppError && error.code === 'unavailable' ? 503 : 500;
    res.set('Cache-Control', 'no-store');
    sendPage(res, status, createElement(ServerErrorPage, { frame: frameFor(req, res, site) }));
  };
}

// The locale comes from the path prefix, else from Accept-Language, else the default (requestLocale decides).
function frameFor(req: Request, res: Response, site: SiteContext): PageFrame {
  const { locale, isFromPath } = requestLocale(req);
  // A page whose language came from Accept-Language differs by reader, and caches must know it.
  if (!isFromPath) res.vary('Accept-Language');
  return frameOf(site, locale, (other) => `/${other}/`);
}
