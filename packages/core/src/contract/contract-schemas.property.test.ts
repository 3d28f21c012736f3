import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { toPointer, validate } from '../errors/validate.js';
import { schemaRepairs } from '../testing/schema-repairs.js';
import { arbitraryFromSchema } from '../testing/arbitrary-from-schema.js';
import { DatelineSchema } from '../dateline/format-dateline.js';
import { MediaSchema, UpdateMediaInputSchema } from '../media/media.js';
import { CreateRedirectInputSchema, RedirectSchema } from '../redirect/redirect.js';
import { RevisionSchema } from '../revision/revision.js';
import { CreateUserInputSchema, UpdateUserInputSchema, UserSchema } from '../user/user.js';
import type { RouteContract } from './route-contract.js';
import { routes } from './routes.js';

// Property tests over every schema the API accepts or answers with: generated from each schema's own
// JSON Schema, so a new field or a new route is covered the day it is added.

const runs = { numRuns: 60 };
const contract = Object.entries(routes) as [string, RouteContract][];
const bodies = contract.flatMap(([name, r]) => (r.body ? [[`${name} body`, r.body] as const] : []));
const responses = contract.flatMap(([name, r]) => (r.response ? [[`${name} response`, r.response] as const] : []));
const queries = contract.flatMap(([name, r]) => (r.query ? [[`${name} query`, r.query] as const] : []));
const models = [
  ['User', UserSchema],
  ['CreateUserInput', CreateUserInputSchema],
  ['UpdateUserInput', UpdateUserInputSchema],
  ['Media', MediaSchema],
  ['UpdateMediaInput', UpdateMediaInputSchema],
  ['Revision', RevisionSchema],
  ['Redirect', RedirectSchema],
  ['CreateRedirectInput', CreateRedirectInputSchema],
  ['Dateline', DatelineSchema],
] as const;

/** Every path inside a value, containers included, except the root and free-form snapshots. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (prefix.at(-1) === 'snapshot') return [];
  const own = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...own, ...value.flatMap((item, i) => pathsOf(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object') {
    return [...own, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  }
  return own;
}

/** A value of a type no field accepts where `current` was valid. */
function wrongTypeFor(current: unknown): unknown {
  if (typeof current === 'string') return 12345;
  if (typeof current === 'number') return 'not-a-number';
  if (typeof current === 'boolean') return 'yes';
  if (current === null) return [true];
  return 'not-an-object';
}

/** Where a mutant may change a value: each of its fields, or the value itself when it is text (a CSV download, say). */
function mutablePathsOf(value: unknown): (string | number)[][] {
  return value !== null && typeof value === 'object' ? pathsOf(value) : [[]];
}

function withValueAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1) as string | number] = value;
  return copy;
}

const roundTrips = (name: string, schema: z.ZodType) =>
  it(`${name}: every generated value parses and survives a JSON round trip`, () => {
    fc.assert(
      fc.property(arbitraryFromSchema(schema, schemaRepairs), (value) => {
        const first = validate(schema, value);
        expect(first, JSON.stringify(value)).toMatchObject({ ok: true });
        if (!first.ok) return;
        const again = validate(schema, JSON.parse(JSON.stringify(first.value)));
        expect(again).toEqual(first);
      }),
      runs,
    );
  });

const rejectsMutants = (name: string, schema: z.ZodType) =>
  it(`${name}: a value with one field of the wrong type is rejected, naming that field`, () => {
    const withPath = arbitraryFromSchema(schema, schemaRepairs)
      .map((value) => ({ value, paths: mutablePathsOf(value) }))
      .filter(({ paths }) => paths.length > 0)
      .chain(({ value, paths }) => fc.record({ value: fc.constant(value), path: fc.constantFrom(...paths) }));
    fc.assert(
      fc.property(withPath, ({ value, path }) => {
        const current = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
        const result = validate(schema, withValueAt(value, path, wrongTypeFor(current)));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.map((i) => i.pointer)).toContain(toPointer(path));
      }),
      runs,
    );
  });

describe('request bodies', () => {
  for (const [name, schema] of bodies) {
    roundTrips(name, schema);
    rejectsMutants(name, schema);
    it(`${name}: an unknown field is refused by name, so nothing can be mass-assigned`, () => {
      fc.assert(
        fc.property(arbitraryFromSchema(schema, schemaRepairs), (value) => {
          const result = validate(schema, { ...(value as object), id: 'c0ffee00-0000-4000-8000-000000000000', isAdmin: true });
          expect(result).toMatchObject({ ok: false });
          if (!result.ok) expect(result.issues.map((i) => i.pointer)).toEqual(expect.arrayContaining(['#/id', '#/isAdmin']));
        }),
        { numRuns: 20 },
      );
    });
  }
});

describe('responses', () => {
  for (const [name, schema] of responses) {
    roundTrips(name, schema);
    rejectsMutants(name, schema);
  }
});

describe('query strings', () => {
  for (const [name, schema] of queries) {
    it(`${name}: every generated query parses`, () => {
      fc.assert(
        fc.property(arbitraryFromSchema(schema, schemaRepairs), (value) => {
          expect(validate(schema, value), JSON.stringify(value)).toMatchObject({ ok: true });
        }),
        runs,
      );
    });
    rejectsMutants(name, schema);
  }
});

describe('other models', () => {
  for (const [name, schema] of models) {
    roundTrips(name, schema);
    rejectsMutants(name, schema);
  }
});
