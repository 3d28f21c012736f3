import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { fromProblem } from '../errors/problem.js';
import { issuesFromZod } from '../errors/validate.js';
import { type RouteContract, buildPath } from '../contract/route-contract.js';
import { type Routes, routes } from '../contract/routes.js';

/** How to reach a Kraina API. */
export interface ClientOptions {
  /** Where the API is served, e.g. `https://portal.example/` (the client adds `/api/v1`). */
  baseUrl: string;
  /** A scoped API token, sent as a bearer token. */
  token?: string;
  /** Another fetch (for tests, proxies or cookies); the global one by default. */
  fetch?: typeof globalThis.fetch;
  /** Headers sent with every request, e.g. `Accept-Language`. */
  headers?: Record<string, string>;
  /** Check every answer against the contract (default true), so a drifting server fails loudly, not subtly. */
  validateResponses?: boolean;
  /**
   * Whether a browser sends the staff session cookie: `include` when the admin runs on another origin than the API,
   * `same-origin` (fetch's default) otherwise.
   */
  credentials?: RequestInit['credentials'];
  /**
   * The session's CSRF token (from `getSession`), sent as `X-CSRF-Token` with every change: the API refuses a change
   * made with the session cookie without it. Read on each call, so a token renewed at sign-in is picked up.
   */
  csrfToken?: () => string | undefined;
}

type Field<R, K extends string> = R extends Record<K, infer S extends z.ZodType> ? z.input<S> : never;
type Has<R, K extends string> = R extends Record<K, z.ZodType> ? true : false;

/** What one operation takes: its path parameters, query and body as the contract defines them, plus request options. */
export type RequestInput<R extends RouteContract> = (Has<R, 'params'> extends true ? { params: Field<R, 'params'> } : unknown) &
  (Has<R, 'query'> extends true ? { query?: Field<R, 'query'> } : unknown) &
  (Has<R, 'body'> extends true ? { body: Field<R, 'body'> } : unknown) & {
    /** The version this change is based on; sent as `If-Match` so a stale change answers 412. */
    ifMatch?: string | number;
    signal?: AbortSignal;
    headers?: Record<string, string>;
  };

/** What one operation answers on success. */
export type ResponseOf<R extends RouteContract> = R extends { response: infer S extends z.ZodType } ? z.output<S> : undefined;

type NeedsInput<R> = Has<R, 'params'> extends true ? true : Has<R, 'body'> extends true ? true : false;

/** A typed method per API operation: `client.getArticle({ params: { slug } })`. Failures reject with an `AppError`. */
export type KrainaClient = {
  [K in keyof Routes]: NeedsInput<Routes[K]> extends true
    ? (input: RequestInput<Routes[K]>) => Promise<ResponseOf<Routes[K]>>
    : (input?: RequestInput<Routes[K]>) => Promise<ResponseOf<Routes[K]>>;
};

function appendQuery(url: URL, query: unknown): void {
  if (query === null || typeof query !== 'object') return;
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) url.searchParams.append(key, String(item));
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text; // a proxy's HTML error page, say: kept as the error's cause
  }
}

/** Creates a typed client for the Kraina REST API, walking the same route table the server validates by. */
export function createClient(options: ClientOptions): KrainaClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const apiRoot = new URL('api/v1/', options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  const validateResponses = options.validateResponses ?? true;

  async function call(route: RouteContract, input: Record<string, unknown> = {}): Promise<unknown> {
    const url = new URL(buildPath(route.path, input.params as Record<string, string>).slice(1), apiRoot);
    appendQuery(url, input.query);
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers, ...(input.headers as object) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const ifMatch = input.ifMatch as string | number | undefined;
    if (ifMatch !== undefined) headers['if-match'] = `"${ifMatch}"`;
    if (input.body !== undefined) headers['content-type'] = 'application/json';
    const csrfToken = route.method === 'GET' ? undefined : options.csrfToken?.();
    if (csrfToken !== undefined) headers['x-csrf-token'] = csrfToken;

    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: route.method,
        headers,
        body: input.body === undefined ? undefined : JSON.stringify(input.body),
        signal: input.signal as AbortSignal | undefined,
        ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
      });
    } catch (cause) {
      throw new AppError('unavailable', `Could not reach the API at ${apiRoot.origin}`, { cause });
    }
    const body = await readBody(response);
    if (!response.ok) throw fromProblem(response.status, body);
    if (!route.response) return undefined;
    if (!validateResponses) return body;
    const parsed = route.response.safeParse(body);
    if (!parsed.success) {
      throw new AppError('internal', `The API answered ${route.method} ${route.path} with a body that breaks the contract`, {
        issues: issuesFromZod(parsed.error.issues),
        cause: body,
      });
    }
    return parsed.data;
  }

  const client: Record<string, (input?: Record<string, unknown>) => Promise<unknown>> = {};
  for (const [name, route] of Object.entries(routes) as [string, RouteContract][]) {
    client[name] = (input) => call(route, input);
  }
  // Each method was built from its own route, so the table guarantees the shape the mapped type describes.
  return client as unknown as KrainaClient;
}
