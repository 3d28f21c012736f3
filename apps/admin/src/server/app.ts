import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { mapTileImageSources } from '@kraina/core';
import { logRequests } from '@kraina/server-kit';
import express from 'express';
import helmet from 'helmet';
import { type Logger, pino } from 'pino';
import { version } from '../../package.json';
import { createApiProxy } from './api-proxy.js';
import type { Config } from './config.js';
import { publicSettingsOf } from './public-settings.js';

/** What the app needs from outside besides its settings; tests leave it out and get a silent logger. */
export interface AppDependencies {
  logger?: Logger;
}

/** Builds the server of the editorial app's built client, without listening; server.ts owns the port. */
export function createApp(config: Config, { logger = pino({ enabled: false }) }: AppDependencies = {}) {
  const indexHtml = join(config.CLIENT_DIR, 'index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(`No built client at ${config.CLIENT_DIR}: run "npm run build -w @kraina/admin" first.`);
  }

  // Pictures kept in object storage are shown from there; files the API keeps come through /media/ below.
  const mediaOrigins = config.MEDIA_URL === undefined ? [] : [new URL(config.MEDIA_URL).origin];
  const app = express();
  app.use(logRequests(logger));
  // Before helmet and the static files: the API's answers pass through exactly as the API wrote them.
  const forwardToApi = createApiProxy({ target: config.API_URL, timeoutMs: config.API_TIMEOUT_MS, logger });
  // The API also serves the library's files at /media/<key>; the app's own /media screen has no file extension.
  const isMediaFile = (path: string) => path.startsWith('/media/') && extname(path) !== '';
  app.use((req, res, next) => (req.path.startsWith('/api/') || isMediaFile(req.path) ? forwardToApi(req, res) : next()));
  app.use(
    helmet({
      // Off because Safari then upgrades http://localhost scripts to https and the app never starts;
      // production sits behind TLS, where HSTS (still sent) keeps browsers on https.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null, imgSrc: ["'self'", 'data:', ...mapTileImageSources(config.MAP_TILE_URL), ...mediaOrigins] } },
    }),
  );

  // The browser's share of the settings, and only that (public-settings.ts).
  app.get('/config.json', (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(publicSettingsOf(config));
  });

  app.get('/health', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok', service: 'admin', version });
  });

  // Vite puts a content hash in every asset's name, so a cached copy can never be stale.
  app.use('/assets', express.static(join(config.CLIENT_DIR, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  app.use(express.static(config.CLIENT_DIR, { index: false }));

  // Client-side addresses (/articles/42) all load the app, which routes in the browser. A path with an
  // extension is a missing file, and answering it with HTML would hide the mistake.
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || extname(req.path) !== '' || !req.accepts('html')) return next();
    // The page names the current hashed assets, so it must be revalidated on every visit.
    res.set('Cache-Control', 'no-cache').sendFile(indexHtml);
  });

  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  return app;
}
