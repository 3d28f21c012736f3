import type { IncomingMessage, ServerResponse } from 'node:http';
import { routes } from '@kraina/core';
import { logRequests } from '@kraina/server-kit';
import express, { type ErrorRequestHandler } from 'express';
import type { Redis } from 'ioredis';
import helmet from 'helmet';
import { type Logger, pino } from 'pino';
import { version } from '../package.json';
import { articleHandlers } from './article/article-handlers.js';
import { createAuditLog } from './audit/audit-log.js';
import { type Config, localeSettingsOf } from './config.js';
import type { ContentSettings } from './content/content-settings.js';
import { createContentStores } from './content/content-stores.js';
import { apiTokenHandlers } from './auth/api-token-handlers.js';
import { createApiTokenStore } from './auth/api-token-store.js';
import { authHandlers } from './auth/auth-handlers.js';
import { createAuthenticate } from './auth/authenticate.js';
import { sessionCookieName } from './auth/session-cookie.js';
import { createRedisSessionStore } from './auth/redis-session-store.js';
import { createRedisThrottle } from './auth/redis-throttle.js';
import { createDatabaseSessionStore } from './auth/session-store.js';
import { type SignInThrottle, createDatabaseThrottle } from './auth/sign-in-throttle.js';
import { passwordHandlers } from './auth/password-handlers.js';
import { createPasswordResetStore } from './auth/password-reset-store.js';
import { createSecuritySettingsStore } from './auth/security-settings-store.js';
import { twoFactorHandlers } from './auth/two-factor-handlers.js';
import { createTwoFactorStore } from './auth/two-factor-store.js';
import type { ContractHandlers } from './contract/contract-handlers.js';
import { mountContract } from './contract/mount-contract.js';
import type { Database } from './db/database.js';
import type { ReadReplica } from './db/read-replica.js';
import { isDatabaseUnavailable } from './db/unavailable-errors.js';
import { allowOrigins } from './http/allow-origins.js';
import { assignRequestId } from './http/assign-request-id.js';
import { forbidCachingByDefault } from './http/cache-headers.js';
import { compressResponses } from './http/compress-responses.js';
import { parseJsonBody } from './http/parse-json-body.js';
import { answerReadiness } from './http/readiness.js';
import type { ChangeBroadcast } from './http/change-broadcast.js';
import { limitRequestRate } from './http/rate-limit.js';
import { type ResponseCache, createResponseCache, isAnonymousRead } from './http/response-cache.js';
import { answerStaleOnOutage } from './http/stale-if-error.js';
import { answerNotFound, answerProblems } from './http/problem-handlers.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { openApiRoutes } from './openapi/openapi-routes.js';
import { openDataHandlers } from './open-data/open-data-handlers.js';
import { sectionHandlers } from './section/section-handlers.js';
import { siteHandlers } from './site/site-handlers.js';
import { eventHandlers } from './event/event-handlers.js';
import { previewHandlers } from './preview/preview-handlers.js';
import { siteAlertHandlers } from './alert/site-alert-handlers.js';
import { createSiteAlertStore } from './alert/site-alert-store.js';
import { redirectHandlers } from './redirect/redirect-handlers.js';
import { createRedirectStore } from './redirect/redirect-store.js';
import { createRevisionAuthors } from './revision/revision-authors.js';
import { revisionHandlers } from './revision/revision-handlers.js';
import { createRevisionStore } from './revision/revision-store.js';
import { translationHandlers } from './translation/translation-handlers.js';
import { userHandlers } from './user/user-handlers.js';
import { workflowHandlers } from './workflow/workflow-handlers.js';
import { contentHandlers } from './content/content-handlers.js';
import { createEditorialCalendar } from './editorial/editorial-calendar.js';
import { editorialHandlers } from './editorial/editorial-handlers.js';
import { createImportRuns } from './import/import-runs.js';
import { createWorkflowMoves } from './workflow/workflow-moves.js';
import { createWithdrawnReads } from './workflow/withdrawn-reads.js';
import { createUserStore } from './user/user-store.js';
import { defaultUploadLimits } from './media/inspect-upload.js';
import { mediaHandlers } from './media/media-handlers.js';
import { openMediaStorage } from './media/open-media-storage.js';
import { createMediaStore } from './media/media-store.js';
import { readUploadForm } from './media/read-upload-form.js';

/** What the app needs from outside besides its settings. */
export interface AppDependencies {
  database: Database;
  logger?: Logger;
  /** The clock sessions, tokens and sign-in throttling read; tests move it to expire a session without waiting. */
  now?: () => Date;
  /** Where failed sign-ins are counted, when not where `authRedis` says: tests hand in a throttle of their own. */
  signInThrottle?: SignInThrottle;
  /** Where staff sessions and failed sign-ins are kept across processes (server.ts connects it when REDIS_URL is set); the database otherwise. */
  authRedis?: Redis;
  /** Changes other processes sharing the database made (server.ts hears them over Redis when REDIS_URL is set). */
  remoteChanges?: Pick<ChangeBroadcast, 'onRemoteChange'>;
  /** Where request rates are counted across processes (server.ts connects it when REDIS_URL is set); memory otherwise. */
  rateLimitRedis?: Redis;
  /** A read replica for public reads (server.ts opens it from DATABASE_READ_URL); every read goes to `database` otherwise. */
  replica?: ReadReplica;
}

/** What the primary's stack and the replica's share: one cache, one rate budget per address, one readiness. */
interface SharedParts {
  responseCache: ResponseCache;
  rateLimit: express.RequestHandler;
  readiness: express.RequestHandler;
  /** Whether a request is one the replica failed and the primary answers now: already given its id, logged and counted. */
  isFailedOver: (req: IncomingMessage) => boolean;
}

/** The portal's content settings, as the config describes them. */
export function contentSettingsOf(config: Config): ContentSettings {
  return { locales: localeSettingsOf(config), timeZone: config.KRAINA_TIME_ZONE };
}

/**
 * Builds the API's express app without listening, so tests drive it with supertest and server.ts owns the port.
 * With a read replica there are two stacks alike but for their database: public reads (no cookie, no token) go to
 * the replica's, everything else to the primary's, so staff read their own writes at once.
 */
export function createApp(config: Config, dependencies: AppDependencies) {
  const { database, replica, logger = pino({ enabled: false }), authRedis, remoteChanges, rateLimitRedis } = dependencies;
  const responseCache = createResponseCache({
    maxBytes: config.RESPONSE_CACHE_MB * 1024 * 1024,
    ttlMs: config.RESPONSE_CACHE_TTL_SECONDS * 1000,
    staleIfErrorMs: config.RESPONSE_CACHE_STALE_IF_ERROR_SECONDS * 1000,
    logger,
  });
  database.onChange(() => responseCache.invalidate());
  // Another API process's publication reaches its readers here too, not only after this cache's TTL.
  remoteChanges?.onRemoteChange(() => responseCache.invalidate());
  const failedOver = new WeakSet<IncomingMessage>();
  const shared: SharedParts = {
    isFailedOver: (req) => failedOver.has(req),
    responseCache,
    rateLimit: limitRequestRate({ perMinute: config.RATE_LIMIT_PER_MINUTE, exempt: config.RATE_LIMIT_EXEMPT, redis: rateLimitRedis, prefix: config.REDIS_KEY_PREFIX }),
    readiness: answerReadiness({ database, ...(authRedis ? { redis: authRedis } : {}), ...(replica ? { replica } : {}) }),
  };
  const primary = expressAppOver(database, config, { ...dependencies, logger }, shared);
  // A read the replica could not answer is answered by the primary instead; the ones after go straight there
  // until the replica answers again.
  const failOver: ErrorRequestHandler = (thrown: unknown, req, res, next) => {
    if (!replica || !isDatabaseUnavailable(thrown) || res.headersSent) return next(thrown);
    replica.reportUnavailable(thrown);
    failedOver.add(req);
    primary(req, res);
  };
  const secondary = replica && expressAppOver(replica.database, config, { ...dependencies, logger }, shared, failOver);
  // A repeated public read is answered before express sees it; everything else goes through a whole stack.
  return (req: IncomingMessage, res: ServerResponse) => {
    if (responseCache.serve(req, res)) return;
    if (secondary && replica.isUsable() && isAnonymousRead(req)) secondary(req, res);
    else primary(req, res);
  };
}

// One whole express stack over one database: the primary, or the replica that only public reads reach.
function expressAppOver(
  database: Database,
  config: Config,
  { logger = pino({ enabled: false }), now, signInThrottle, authRedis }: AppDependencies,
  { responseCache, rateLimit, readiness, isFailedOver }: SharedParts,
  failOver?: ErrorRequestHandler,
) {
  const settings = contentSettingsOf(config); // read once: stores and the locale negotiation share it
  const stores = createContentStores(database, settings);
  const users = createUserStore(database);
  const lifetimes = { idleMinutes: config.SESSION_IDLE_MINUTES, maxHours: config.SESSION_MAX_HOURS };
  const inRedis = { prefix: config.REDIS_KEY_PREFIX, ...(now === undefined ? {} : { now }) };
  const sessions = authRedis ? createRedisSessionStore(authRedis, users, lifetimes, inRedis) : createDatabaseSessionStore(database, users, lifetimes, now);
  const tokens = createApiTokenStore(database, now);
  const cookie = { alwaysSecure: config.SESSION_COOKIE_SECURE, maxAgeMs: config.SESSION_MAX_HOURS * 3_600_000 };
  const throttle = signInThrottle ?? (authRedis ? createRedisThrottle(authRedis, inRedis) : createDatabaseThrottle(database, undefined, now));
  const authors = createRevisionAuthors(database);
  const audit = createAuditLog(database);
  const securitySettings = createSecuritySettingsStore(database, now);
  const signInParts = { users, sessions, twoFactor: createTwoFactorStore(database, now), settings: securitySettings, throttle, cookie, audit };
  const withdrawn = createWithdrawnReads(database, settings);
  // Media files are served below at /media, so their public address is the API's own.
  const mediaStorage = openMediaStorage(config);
  const uploadLimits = { ...defaultUploadLimits, maxBytes: config.MEDIA_MAX_BYTES };
  const handlers: ContractHandlers = {
    ...articleHandlers(stores.articles, withdrawn),
    ...sectionHandlers(stores.sections),
    ...eventHandlers(stores.events, authors, withdrawn),
    ...siteHandlers(stores.sites, authors, withdrawn),
    ...authHandlers(signInParts),
    ...twoFactorHandlers(signInParts),
    ...passwordHandlers(signInParts, createPasswordResetStore(database, users, now)),
    ...userHandlers(users, sessions),
    ...apiTokenHandlers(tokens),
    ...openDataHandlers(stores, settings, config),
    ...redirectHandlers(createRedirectStore(database)),
    ...workflowHandlers(createWorkflowMoves(database, stores, now)),
    ...previewHandlers(stores, config, logger, now),
    ...siteAlertHandlers(createSiteAlertStore(database), now),
    ...mediaHandlers(createMediaStore(database, mediaStorage), uploadLimits),
    ...revisionHandlers(stores, createRevisionStore(database), authors),
    ...translationHandlers(database, stores, authors, settings),
    listAuditEntries: ({ query }) => audit.list(query),
    verifyAuditLog: async () => {
      const { lastHash: _lastHash, ...verification } = await audit.verify();
      return verification;
    },
    search: ({ query, locale }) => stores.search.search(query, locale),
    ...contentHandlers(database, settings, now),
    ...editorialHandlers(createEditorialCalendar(database, settings), createImportRuns(database)),
  };

  const app = express();
  // ETags come from the contract's cacheable reads; problem bodies and writes need none.
  app.set('etag', false);
  app.disable('x-powered-by');
  if (config.TRUST_PROXY !== undefined) app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
  // A read the replica failed reaches this stack a second time: it keeps its id, one log line and one count.
  const once = (handler: express.RequestHandler): express.RequestHandler => (req, res, next) => (isFailedOver(req) ? next() : handler(req, res, next));
  app.use(once(assignRequestId)); // first, so every later line and log has the id
  app.use(once(logRequests(logger)));
  app.use(helmet());
  app.use(allowOrigins(config.CORS_ORIGINS)); // before routes: preflights, and CORS headers on errors too
  app.use(compressResponses);
  // Media files are immutable (a new upload gets a new key), so they may be cached for a year. Before the no-store
  // default, which serve-static would otherwise keep (it never replaces a Cache-Control already set); a file not
  // found falls through to it like any other miss.
  app.use('/media', express.static(config.MEDIA_DIR, { immutable: true, maxAge: '365d', index: false, fallthrough: true }));
  app.use(forbidCachingByDefault); // errors (even 404 and 405, which browsers cache by heuristics) stay no-store
  app.get('/api/health', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok', service: 'api', version });
  });
  app.get('/api/ready', readiness);
  const cachePolicy = {
    maxAgeSeconds: config.CACHE_MAX_AGE_SECONDS,
    staleWhileRevalidateSeconds: config.CACHE_STALE_WHILE_REVALIDATE_SECONDS,
    staleIfErrorSeconds: config.CACHE_STALE_IF_ERROR_SECONDS,
  };
  app.use('/api/v1', once(rateLimit));
  app.use(openApiRoutes(buildOpenApiDocument({ routes, serverUrl: config.PUBLIC_API_URL ?? '', version, sessionCookieName }), cachePolicy));
  mountContract(app, handlers, {
    authenticate: createAuthenticate(sessions, tokens, securitySettings),
    localeSettings: settings.locales,
    parseBody: parseJsonBody({ limitBytes: config.BODY_LIMIT_BYTES }),
    parseForm: readUploadForm({ maxFileBytes: config.MEDIA_MAX_BYTES }),
    cachePolicy,
    validateResponses: config.VALIDATE_RESPONSES,
    keepResponse: (req, res, body) => responseCache.keep(req, res, body),
  });

  app.use(answerNotFound);
  if (failOver) app.use(failOver);
  app.use(answerStaleOnOutage(responseCache));
  app.use(answerProblems(logger));
  return app;
}
