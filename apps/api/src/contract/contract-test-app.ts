// Test support, imported only by tests: an express app wired as app.ts wires the API, over stub handlers.
import { type RouteContract, type RouteName, defaultLocaleSettings, routes } from '@kraina/core';
import express, { type Express } from 'express';
import { pino } from 'pino';
import { allowOrigins } from '../http/allow-origins.js';
import { assignRequestId } from '../http/assign-request-id.js';
import { forbidCachingByDefault } from '../http/cache-headers.js';
import { compressResponses } from '../http/compress-responses.js';
import { parseJsonBody } from '../http/parse-json-body.js';
import { answerNotFound, answerProblems } from '../http/problem-handlers.js';
import type { Authenticate, ContractHandlers, HandlerContext, Staff } from './contract-handlers.js';
import { type MountedRoute, mountContract } from './mount-contract.js';

/** One call a stub handler received. */
export interface HandlerCall {
  name: RouteName;
  context: HandlerContext<RouteContract>;
}

/** A member of staff for contract tests that need one signed in. */
export const editor: Staff = { kind: 'staff', id: '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f', name: 'Alesia Editor', role: 'editor', locales: [] };

/**
 * Test doubles of every handler: each records what it received and answers `{ operation: name }` (nothing on
 * 204 routes). They are about routing and validation, so their bodies need not follow the contract.
 */
export function stubHandlers(overrides: Partial<ContractHandlers> = {}): { handlers: ContractHandlers; calls: HandlerCall[] } {
  const calls: HandlerCall[] = [];
  const stubs = Object.fromEntries(
    (Object.entries(routes) as [RouteName, RouteContract][]).map(([name, route]) => [
      name,
      (context: HandlerContext<RouteContract>) => {
        calls.push({ name, context });
        return route.response ? { operation: name } : undefined;
      },
    ]),
  );
  return { handlers: { ...(stubs as unknown as ContractHandlers), ...overrides }, calls };
}

/** What a contract test app may vary. */
export interface ContractTestAppOptions {
  handlers?: ContractHandlers;
  authenticate?: Authenticate;
  bodyLimitBytes?: number;
  corsOrigins?: readonly string[];
  validateResponses?: boolean;
}

/** An express app with the API's middleware and the contract mounted over the given handlers. */
export function createContractTestApp(options: ContractTestAppOptions = {}): { app: Express; mounted: MountedRoute[] } {
  const app = express();
  app.set('etag', false);
  app.use(assignRequestId);
  app.use(allowOrigins(options.corsOrigins ?? ['http://localhost:3001']));
  app.use(compressResponses);
  app.use(forbidCachingByDefault);
  const mounted = mountContract(app, options.handlers ?? stubHandlers().handlers, {
    authenticate: options.authenticate ?? (() => Promise.resolve(null)),
    localeSettings: defaultLocaleSettings,
    parseBody: parseJsonBody({ limitBytes: options.bodyLimitBytes }),
    validateResponses: options.validateResponses ?? false,
  });
  app.use(answerNotFound);
  app.use(answerProblems(pino({ enabled: false })));
  return { app, mounted };
}

/**
 * Takes every caller for `editor`, as if they held a bearer token (so no CSRF token is asked): the contract tests are
 * about routing and validation over stub handlers. The API's real sign-in is tested through `createApp`.
 */
export const authenticateEditor: Authenticate = () => Promise.resolve({ principal: editor });
