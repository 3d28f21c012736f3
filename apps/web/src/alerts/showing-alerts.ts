import type { AlertLevel, KrainaClient, SiteAlert } from '@kraina/core';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

/** The site-wide banners showing now, as the last page request found them; every page's frame reads them. */
export interface ShowingAlerts {
  current: readonly SiteAlert[];
}

const urgency: Record<AlertLevel, number> = { emergency: 0, warning: 1, holiday: 2, info: 3 };

/** The banners in the order readers see them: an emergency above a warning above a holiday notice. */
export function mostUrgentFirst(alerts: readonly SiteAlert[]): SiteAlert[] {
  // The API already answers most urgent first; sorting again (stable, so its order breaks ties) keeps the page right
  // if that order ever changes.
  return [...alerts].sort((a, b) => urgency[a.level] - urgency[b.level]);
}

/**
 * Refreshes `showing` before each page is built, so `frameOf` can stay synchronous. The read is cheap: the content
 * API's cachedFetch keeps the answer for API_CACHE_SECONDS, so a busy site asks the API about once per that period.
 * A page a browser or CDN keeps for PAGE_MAX_AGE_SECONDS shows a new banner that much later; for an emergency that
 * delay (a minute by default) is accepted in exchange for cacheable pages.
 */
export function refreshShowingAlerts(api: Pick<KrainaClient, 'listShowingAlerts'>, showing: ShowingAlerts, logger: Logger): RequestHandler {
  return async (req, _res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    try {
      showing.current = mostUrgentFirst((await api.listShowingAlerts()).items);
    } catch (error) {
      // A banner is never worth a broken page: without the API's answer, pages go out with none.
      logger.warn({ err: error }, 'site alerts could not be read; pages show none');
      showing.current = [];
    }
    next();
  };
}
