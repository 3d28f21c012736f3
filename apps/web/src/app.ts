import { fileURLToPath } from 'node:url';
import { logRequests } from '@kraina/server-kit';
import express from 'express';
import helmet from 'helmet';
import { type Logger, pino } from 'pino';
import { version } from '../package.json';
import type { Config } from './config.js';
import { answerErrors, answerNotFound } from './errors/error-routes.js';
import { homeRoutes } from './home/home-routes.js';
import { localeRoutes } from './locale/locale-routes.js';

// One level above both src/app.ts and dist/app.js, so sources and the bundle find the same folder.
const publicDir = fileURLToPath(new URL('../public/', import.meta.url));

/** What the app needs from outside besides its settings; tests leave it out and get a silent logger. */
export interface AppDependencies {
  logger?: Logger;
}

/** Builds the public site's express app without listening, so tests drive it with supertest and server.ts owns the port. */
export function createApp(config: Config, { logger = pino({ enabled: false }) }: AppDependencies = {}) {
  const site = { siteName: config.SITE_NAME };
  const app = express();
  app.use(
    helmet({
      // Off because Safari then upgrades http://localhost stylesheets to https and the page loads unstyled;
      // production sits behind TLS, where HSTS (still sent) keeps browsers on https.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    }),
  );
  app.use(logRequests(logger));

  app.get('/health', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok', service: 'web', version });
  });
  app.use('/assets', express.static(publicDir, { index: false, maxAge: '1h' }));
  app.use(localeRoutes());
  app.use(homeRoutes(site));

  app.use(answerNotFound(site));
  app.use(answerErrors({ ...site, logger }));
  return app;
}
