import { AppError, type FieldIssue, type RouteContract, validate } from '@kraina/core';
import { z } from 'zod';

/** The parts of a request a route's schemas validate. */
export type RequestPart = 'params' | 'query' | 'body';

/** The parts of a request: as express parsed them, or, once read, each the output of its schema. */
export interface RequestParts {
  params: unknown;
  query: unknown;
  body: unknown;
}

// A route without a query still refuses every query parameter, so a typo such as `?limt=5` is reported, not ignored.
const nothing = z.strictObject({});

/**
 * Prefixes a pointer with the request part it lies in: `#/limit` in the query becomes `#/query/limit`, a
 * missing body `#/body`. The admin strips `#/body` to place an error beside its form field.
 */
export function pointerInPart(part: RequestPart, pointer: string): string {
  return pointer === '#' ? `#/${part}` : `#/${part}${pointer.slice(1)}`;
}

/** Validates params, query and body against the route, or throws one `invalid-input` error naming every invalid field of all three. */
export function readRequest(route: RouteContract, raw: RequestParts): RequestParts {
  const issues: FieldIssue[] = [];
  const read = (part: RequestPart, schema: z.ZodType, value: unknown): unknown => {
    const result = validate(schema, value);
    if (result.ok) return result.value;
    issues.push(...result.issues.map((issue) => ({ pointer: pointerInPart(part, issue.pointer), detail: issue.detail })));
    return undefined;
  };
  const params = read('params', route.params ?? nothing, raw.params);
  const query = read('query', route.query ?? nothing, raw.query);
  // A route without a body ignores one if sent: DELETE with a stray body still deletes.
  const body = route.body ? read('body', route.body, raw.body) : undefined;
  if (issues.length > 0) throw new AppError('invalid-input', `The request has ${issues.length} invalid field(s)`, { issues });
  return { params, query, body };
}
