import { fileURLToPath } from 'node:url';
import { type KrainaClient, createClient, defaultTimeZone, mapTileImageSources, mapTilesOf } from '@kraina/core';
import { logRequests } from '@kraina/server-kit';
import express from 'express';
import helmet from 'helmet';
import { type Logger, pino } from 'pino';
import { version } from '../package.json';
import type { Config } from './config.js';
import { refreshShowingAlerts } from './alerts/showing-alerts.js';
import { type ContentApi, createContentApi } from './api/content-api.js';
import { answerErrors, answerNotFound } from './errors/error-routes.js';
import { eventRoutes } from './events/event-routes.js';
import { homeRoutes } from './home/home-routes.js';
import { islandRoutes } from './islands/island-routes.js';
import { localeRoutes } from './locale/locale-routes.js';
import { mediaRoutes } from './media/media-routes.js';
import { feedRoutes } from './news/feed-routes.js';
import { newsRoutes } from './news/news-routes.js';
import { placeRoutes } from './places/place-routes.js';
import { previewRoutes } from './preview/preview-routes.js';
import { followRedirects } from './redirect/follow-redirects.js';
import { searchRoutes } from './search/search-routes.js';
import { robotsRoutes } from './seo/robots-routes.js';
import { sitemapRoutes } from './seo/sitemap-routes.js';
import type { SiteContext } from './site-context.js';

// One level above both src/app.ts and dist/app.js, so sources and the bundle find the same folder.
const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
// The island build's output (npm run build), found the same way from the sources and from the bundle.
const islandsDir = fileURLToPath(new URL('../dist/islands/', import.meta.url));

/** What the app needs from outside besides its settings; tests leave it out and get a silent logger. */
export interface AppDependencies {
  logger?: Logger;
  /** The API client; by default core's client over HTTP to API_URL, through a short cache. */
  api?: KrainaClient;
  /** The cached client with its way to forget, when the caller follows content changes (server.ts does). */
  contentApi?: ContentApi;
  /** The clock for "today" and "upcoming"; tests pass a fixed one. */
  now?: () => Date;
}

/** Builds the public site's express app without listening, so tests drive it with supertest and server.ts owns the port. */
export function createApp(config: Config, { logger = pino({ enabled: false }), api, contentApi, now = () => new Date() }: AppDependencies = {}) {
  const site: SiteContext = {
    siteName: config.SITE_NAME,
    siteUrl: config.SITE_URL,
    api: api ?? (contentApi ?? createContentApi({ apiUrl: config.API_URL, cacheSeconds: config.API_CACHE_SECONDS })).client,
    uncachedApi: api ?? createClient({ baseUrl: config.API_URL }),
    pageCache: { maxAgeSeconds: config.PAGE_MAX_AGE_SECONDS, staleWhileRevalidateSeconds: config.PAGE_STALE_SECONDS, staleIfErrorSeconds: config.PAGE_STALE_IF_ERROR_SECONDS },
    // The API counts a day of news in its zone; the site shows days the same way.
    timeZone: defaultTimeZone,
    now,
    mapTiles: mapTilesOf(config.MAP_TILE_URL, config.MAP_TILE_ATTRIBUTION),
    alerts: { current: [] },
  };
  const app = express();
  app.use(
    helmet({
      // Off because Safari then upgrades http://localhost stylesheets to https and the page loads unstyled;
      // production sits behind TLS, where HSTS (still sent) keeps browsers on https.
      // Map tiles come from the tile server's origin; island scripts are same-origin modules, which 'self' allows.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null, imgSrc: ["'self'", 'data:', ...mapTileImageSources(config.MAP_TILE_URL)] } },
    }),
  );
  app.use(logRequests(logger));

  app.get('/health', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok', service: 'web', version });
  });
  app.use('/assets', express.static(publicDir, { index: false, maxAge: '1h' }));
  app.use(islandRoutes(islandsDir));
  app.use(mediaRoutes({ apiUrl: config.API_URL, api: site.api }));
  app.use(localeRoutes());
  app.use(robotsRoutes(site));
  app.use(sitemapRoutes(site));
  // Before every page, so each page's frame carries the banners showing now.
  app.use(refreshShowingAlerts(site.api, site.alerts, logger));
  app.use(homeRoutes(site));
  app.use(feedRoutes(site));
  app.use(eventRoutes(site));
  app.use(placeRoutes(site));
  app.use(newsRoutes(site));
  app.use(searchRoutes(site));
  app.use(previewRoutes(site));

  // After every page route, so an old address never shadows a live page.
  app.use(followRedirects(site));
  app.use(answerNotFound(site));
  app.use(answerErrors({ ...site, logger }));
  return app;
}
