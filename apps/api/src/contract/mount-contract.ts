import {
  AppError,
  type HttpMethod,
  isAppError,
  mayAccess,
  type LocaleSettings,
  type RouteContract,
  type RouteName,
  routes,
  validate,
} from '@kraina/core';
import type { IRouter, Request, RequestHandler, Response } from 'express';
import { type CachePolicy, defaultCachePolicy, privateCacheControl, publicCacheControl } from '../http/cache-headers.js';
import { parseJsonBody } from '../http/parse-json-body.js';
import { sendWithETag } from '../http/send-with-etag.js';
import { chooseLocale } from './choose-locale.js';
import { equalInConstantTime } from '../auth/secrets.js';
import type { Authenticate, Caller, ContractHandlers, HandlerContext } from './contract-handlers.js';
import { readRequest } from './read-request.js';

/** Where the route table's paths are served. */
export const apiBasePath = '/api/v1';

/** What `mountContract` needs besides the handlers. */
export interface MountContractOptions {
  /** Who is calling; routes that need a permission answer 401 when it resolves to null, 403 when it lacks it. */
  authenticate: Authenticate;
  /** The locales the portal serves, for `?locale=` and `Accept-Language`. */
  localeSettings: LocaleSettings;
  /** Reads the body of the routes that take one; `parseJsonBody()` (1 MB) unless given. */
  parseBody?: RequestHandler;
  /** Reads the `multipart/form-data` body of the routes that `consume` it (uploads); they answer 415 without it. */
  parseForm?: RequestHandler;
  /** Lifetimes of public reads in caches. */
  cachePolicy?: CachePolicy;
  /** Checks each answer against the route's response schema: on in development and tests, so a drifting handler fails loudly. */
  validateResponses?: boolean;
  /** Offered every public read once sent, for a response cache to keep. */
  keepResponse?: (req: Request, res: Response, body: string) => void;
}

/** One operation as mounted: its name in the route table, method and full path. */
export interface MountedRoute {
  name: RouteName;
  method: HttpMethod;
  path: string;
}

type LooseHandler = (context: HandlerContext<RouteContract>) => unknown;

const callers = new WeakMap<Request, Caller | null>();

/**
 * Mounts every operation of core's route table under `/api/v1`: it identifies the caller and applies the
 * route's access (401 for anyone not signed in, 403 for a caller without the permission or, on a change made
 * with the session cookie, without its CSRF token), reads the body, validates params, query and body (one 422 naming each
 * field as `#/params/…`, `#/query/…` or `#/body/…`), chooses the locale, calls the handler and sends its
 * result with the route's status and cache headers. A known path with another method answers 405 with `Allow`.
 */
export function mountContract(router: IRouter, handlers: ContractHandlers, options: MountContractOptions): MountedRoute[] {
  const parseBody = options.parseBody ?? parseJsonBody();
  const parseForm = options.parseForm ?? refuseForms;
  const mounted: MountedRoute[] = [];
  for (const [name, route] of Object.entries(routes) as [RouteName, RouteContract][]) {
    // The mapped type pairs each handler with its own route; here they are walked as one loose list.
    const handler = handlers[name] as unknown as LooseHandler;
    const path = `${apiBasePath}${route.path}`;
    // The caller is identified before the body is read, so an anonymous megabyte is refused without being read.
    const stack = [identifyCaller(route, options.authenticate), ...(route.body ? [route.consumes === 'multipart/form-data' ? parseForm : parseBody] : []), answer(name, route, handler, options)];
    register(router, route.method, path, stack);
    mounted.push({ name, method: route.method, path });
  }
  refuseOtherMethods(router, mounted);
  return mounted;
}

const refuseForms: RequestHandler = (_req, _res, next) => {
  next(new AppError('unsupported-media-type', 'This server does not accept uploads'));
};

function register(router: IRouter, method: HttpMethod, path: string, stack: RequestHandler[]): void {
  const route = router.route(path);
  if (method === 'GET') route.get(stack);
  else if (method === 'POST') route.post(stack);
  else if (method === 'PUT') route.put(stack);
  else if (method === 'PATCH') route.patch(stack);
  else route.delete(stack);
}

function identifyCaller(route: RouteContract, authenticate: Authenticate): RequestHandler {
  return async (req, res, next) => {
    const caller = await authenticate(req).catch((error: unknown) => {
      // While the session store (Redis) is away, a public read with a staff cookie goes on as a reader's, published
      // content only, rather than failing; every other route answers the 503.
      if (route.access === 'public' && route.method === 'GET' && isAppError(error) && error.code === 'unavailable') return null;
      throw error;
    });
    // Every route's access is decided here, by core's one rule, before the body is read or a handler runs.
    if (route.access !== 'public') {
      if (caller === null) {
        // RFC 9110 asks a 401 to say how to authenticate; browsers sign in with the session cookie instead.
        res.set('WWW-Authenticate', 'Bearer realm="kraina"');
        throw new AppError('unauthenticated', 'Sign in as staff to do this');
      }
      refuseForgedRequest(req, caller);
      if (!mayAccess(caller.principal, route.access)) throw new AppError('forbidden', 'Your role does not allow this');
    }
    callers.set(req, caller);
    next();
  };
}

// A browser sends the cookie with any request, a forged one from another site included; only a page of ours can
// read the CSRF token to send it back. A bearer token is never sent by a browser on its own, so it needs none.
// Public routes change nothing on the session's behalf (sign-in opens a new session from the password).
function refuseForgedRequest(req: Request, caller: Caller): void {
  if (caller.session === undefined || req.method === 'GET' || req.method === 'HEAD') return;
  const sent = req.get('X-CSRF-Token');
  if (sent === undefined || !equalInConstantTime(sent, caller.session.csrfToken)) {
    throw new AppError('forbidden', 'Send the X-CSRF-Token of your session with every change');
  }
}

function answer(name: RouteName, route: RouteContract, handler: LooseHandler, options: MountContractOptions): RequestHandler {
  const cachePolicy = options.cachePolicy ?? defaultCachePolicy;
  return async (req, res) => {
    const { params, query, body } = readRequest(route, { params: req.params, query: req.query, body: req.body as unknown });
    const locale = chooseLocale(requestedLocale(query), req.get('Accept-Language'), options.localeSettings);
    const caller = callers.get(req) ?? null;
    const staff = caller?.principal ?? null;
    const result = await handler({ params, query, body, staff, session: caller?.session, locale, req, res } as HandlerContext<RouteContract>);
    // A handler may answer by itself (a file download, say); then there is nothing left to send.
    if (res.headersSent) return;
    if (route.noStore) res.set('X-Robots-Tag', 'noindex, nofollow');
    res.set('Cache-Control', route.noStore ? 'no-store' : staff !== null ? privateCacheControl : route.method === 'GET' ? publicCacheControl(cachePolicy) : 'no-store');
    if (!route.response) {
      res.status(route.status ?? 204).end();
      return;
    }
    if (result === undefined) throw new AppError('internal', `The handler of ${name} answered nothing`);
    if (options.validateResponses) checkResponse(name, route.response, result);
    res.status(route.status ?? 200);
    if (route.method !== 'GET') {
      res.json(result);
      return;
    }
    // Without `?locale=` the body depends on Accept-Language, so caches must keep one copy per language.
    if (requestedLocale(query) === undefined) res.vary('Accept-Language');
    // A download (CSV, iCalendar) is its text as the handler made it; anything else, GeoJSON included, is JSON.
    const text = route.produces !== undefined && typeof result === 'string' ? result : JSON.stringify(result);
    sendWithETag(res, text, route.produces ?? 'application/json');
    if (staff === null && !route.noStore) options.keepResponse?.(req, res, text);
  };
}

// The handler's own value is sent, not the parsed one: development then answers exactly as production does.
function checkResponse(name: RouteName, schema: NonNullable<RouteContract['response']>, result: unknown): void {
  const check = validate(schema, result);
  if (!check.ok) {
    throw new AppError('internal', `The handler of ${name} answered a body that breaks the contract`, {
      cause: { issues: check.issues, result },
    });
  }
}

function requestedLocale(query: unknown): string | undefined {
  if (typeof query !== 'object' || query === null || !('locale' in query)) return undefined;
  return typeof query.locale === 'string' ? query.locale : undefined;
}

const methodOrder: readonly string[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

// `/articles/:slug` (GET) and `/articles/:id` (PATCH) are one address to a caller: its Allow lists both.
function refuseOtherMethods(router: IRouter, mounted: readonly MountedRoute[]): void {
  const byShape = new Map<string, { path: string; methods: Set<string> }>();
  for (const { path, method } of mounted) {
    const shape = path.replace(/:[A-Za-z]+/g, ':');
    const entry = byShape.get(shape) ?? { path, methods: new Set<string>() };
    entry.methods.add(method);
    if (method === 'GET') entry.methods.add('HEAD');
    byShape.set(shape, entry);
  }
  for (const { path, methods } of byShape.values()) {
    const allow = methodOrder.filter((m) => methods.has(m)).join(', ');
    router.all(path, (req: Request, res: Response, next) => {
      res.set('Allow', allow);
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
      next(new AppError('method-not-allowed', `${req.path} accepts ${allow}`));
    });
  }
}
