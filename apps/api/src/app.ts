import { logRequests } from '@kraina/server-kit';
import express from 'express';
import helmet from 'helmet';
import { type Logger, pino } from 'pino';
import { version } from '../package.json';
import type { Config } from './config.js';
import { answerNotFound, answerProblems } from './http/problem-handlers.js';

/** What the app needs from outside besides its settings; tests leave it out and get a silent logger. */
export interface AppDependencies {
  logger?: Logger;
}

/** Builds the API's express app without listening, so tests drive it with supertest and server.ts owns the port. */
export function createApp(_config: Config, { logger = pino({ enabled: false }) }: AppDependencies = {}) {
  // `_config` waits for the first routes that need settings (database, sessions); callers already pass it.
  const app = express();
  app.use(helmet());
  app.use(logRequests(logger));

  app.get('/api/health', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok', service: 'api', version });
  });

  app.use(answerNotFound);
  app.use(answerProblems(logger));
  return app;
}
