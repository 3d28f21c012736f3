import type { z } from 'zod';
import type { RouteAccess } from '../auth/permission.js';
import type { ErrorCode } from '../errors/app-error.js';

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One API operation: where it lives, what it accepts, what it answers, and who may call it. */
export interface RouteContract {
  method: HttpMethod;
  /** Relative to `/api/v1`; parameters as `:name`, each described by `params`. */
  path: string;
  summary: string;
  tag: string;
  /**
   * Who may call it: `public` answers anyone (published content only); otherwise the permission the caller needs,
   * or a list of which any one suffices, checked by `mayAccess` before the request is read.
   */
  access: RouteAccess;
  params?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  /**
   * How the body arrives when it is not JSON: `multipart/form-data` for an upload, whose `body` schema describes
   * the form's text fields (`alt[en]` read as `alt.en`) and which carries one binary part named `file` besides.
   */
  consumes?: 'multipart/form-data';
  /** The success body; absent means the operation answers 204 with no body. */
  response?: z.ZodType;
  /** The media type of the success body when it is not JSON, e.g. `text/csv; charset=utf-8` for a download. */
  produces?: string;
  /** Never kept by any cache or indexed, even as a public read (a draft's preview): `no-store`, `noindex`. */
  noStore?: true;
  /** The success status; 200 unless given (201 for creations). */
  status?: 200 | 201 | 204;
  /**
   * Whether a change names the version it is based on (`If-Match`, or the body's `version`), so a stale one is
   * answered 412: `required` also answers 428 without one. PATCH and PUT are `required` unless given.
   */
  baseVersion?: 'required' | 'optional';
  /** When a read may answer 301 instead of its body: why, for the reference; `Location` names the new address. */
  movedWhen?: string;
  /** Codes this operation answers besides those every operation of its kind may, e.g. sign-in's 401s. */
  alsoAnswers?: readonly ErrorCode[];
}

/** Whether a change names the version it is based on, and must: the contract's word, or PATCH and PUT's default. */
export function baseVersionOf(route: RouteContract): 'required' | 'optional' | undefined {
  return route.baseVersion ?? (route.method === 'PATCH' || route.method === 'PUT' ? 'required' : undefined);
}

/** The path parameters a route's path names, e.g. `'/articles/:slug'` → `'slug'`, `'/events/:slug.ics'` → `'slug'`. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? ParamName<Name> | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? ParamName<Name>
    : never;

// A name is letters only, as `buildPath` reads it: `:slug.ics` is the parameter `slug` followed by `.ics`.
type ParamName<Text extends string> = Text extends `${infer Name}.${string}` ? Name : Text;

/** Fills a route's `:name` parameters, each encoded as one path segment. */
export function buildPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
}
