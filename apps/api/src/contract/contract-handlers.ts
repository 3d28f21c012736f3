import type { Locale, RouteContract, RouteName, Routes, User } from '@kraina/core';
import type { Request, Response } from 'express';
import type { z } from 'zod';

/** The member of staff making a request, as far as a route needs to know. */
export type Staff = Pick<User, 'id' | 'name' | 'role' | 'locales'>;

/** Finds who is making a request, from its session cookie or API token; null for an anonymous caller. */
export type Authenticate = (req: Request) => Promise<Staff | null>;

type Parsed<R, K extends string, Otherwise> = R extends Record<K, infer S extends z.ZodType> ? z.output<S> : Otherwise;

/** What a handler receives: the request's parts already validated by the route's schemas, and who asks in which locale. */
export interface HandlerContext<R extends RouteContract> {
  params: Parsed<R, 'params', Record<string, never>>;
  query: Parsed<R, 'query', Record<string, never>>;
  body: Parsed<R, 'body', undefined>;
  /** Always a member of staff on `staff` routes; on public routes, whoever signed in, or null. */
  staff: R extends { access: 'staff' } ? Staff : Staff | null;
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
