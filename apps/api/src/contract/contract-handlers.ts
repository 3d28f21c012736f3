import type { Locale, Principal, RouteContract, RouteName, Routes } from '@kraina/core';
import type { Request, Response } from 'express';
import type { z } from 'zod';

/** Who is making a request: a member of staff with a session, or an API token. */
export type Staff = Principal;

/** The session a request was authenticated by, when it came with the session cookie. */
export interface CallerSession {
  id: string;
  /** What the request's `X-CSRF-Token` must equal when it changes something. */
  csrfToken: string;
  expiresAt: string;
}

/** An authenticated caller; `session` is set when the cookie, not a bearer token, identified them. */
export interface Caller {
  principal: Principal;
  session?: CallerSession;
}

/** Finds who is making a request, from its API token or session cookie; null for an anonymous caller. */
export type Authenticate = (req: Request) => Promise<Caller | null>;

type Parsed<R, K extends string, Otherwise> = R extends Record<K, infer S extends z.ZodType> ? z.output<S> : Otherwise;

/** What a handler receives: the request's parts already validated by the route's schemas, and who asks in which locale. */
export interface HandlerContext<R extends RouteContract> {
  params: Parsed<R, 'params', Record<string, never>>;
  query: Parsed<R, 'query', Record<string, never>>;
  body: Parsed<R, 'body', undefined>;
  /** Always set on routes that need a permission (the caller holds it); on public routes, whoever signed in, or null. */
  staff: R extends { access: 'public' } ? Staff | null : Staff;
  /** The session the caller came with; absent for anonymous callers and API tokens. */
  session: CallerSession | undefined;
  /** `?locale=` when given, otherwise the best match for `Accept-Language` among the configured locales. */
  locale: Locale;
  req: Request;
  res: Response;
}

/** What a handler returns: the success body as the route's response schema reads it, or nothing for a 204 route. */
export type HandlerResult<R extends RouteContract> = R extends { response: infer S extends z.ZodType } ? z.input<S> : void;

/** One operation's code: thin, it turns a validated request into a store call and returns the body. */
export type ContractHandler<R extends RouteContract> = (context: HandlerContext<R>) => HandlerResult<R> | Promise<HandlerResult<R>>;

/** One handler per operation of core's route table; a missing or mistyped one does not compile. */
export type ContractHandlers = { [K in RouteName]: ContractHandler<Routes[K]> };
