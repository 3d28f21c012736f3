import fc from 'fast-check';
import { z } from 'zod';

// Test support, not part of the package: derives fast-check arbitraries from a schema's JSON Schema (the same
// document OpenAPI publishes), so property tests explore exactly the space the schema admits, and a schema
// change is picked up without touching the tests. Cross-field rules that JSON Schema cannot state (an end after
// its start) are honoured by `repairs`, keyed by the schema's meta id, which nudge a generated value into range.

type JsonSchema = {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  minProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

/** A function that moves a structurally valid value into the part of the space a refinement allows. */
export type Repair = (value: never) => unknown;

const maxDepth = 3;
const extraItems = 3; // arrays get at most this many items beyond their minimum, to keep runs fast

const patternArbitraries = new Map<string, fc.Arbitrary<string>>();

// Lengths as zod and JSON Schema count them, in code points: "𐀀" is one character, though two UTF-16 units.
const lengthOf = (text: string) => [...text].length;

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, minLength + 40);
  switch (schema.format) {
    case 'date-time':
      return fc
        .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'uri':
      return fc
        .tuple(fc.constantFrom('https', 'http'), fc.domain(), fc.webPath())
        .map(([scheme, host, path]) => `${scheme}://${host}${path}`)
        .filter((url) => url.length <= (schema.maxLength ?? 2000));
  }
  if (schema.pattern !== undefined) {
    // Compiling a pattern into an arbitrary is the costly step, and the same few patterns recur everywhere.
    const key = `${schema.pattern}/${minLength}/${schema.maxLength}`;
    const known = patternArbitraries.get(key);
    if (known) return known;
    const arbitrary = fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((s) => lengthOf(s) >= minLength && lengthOf(s) <= (schema.maxLength ?? Infinity));
    patternArbitraries.set(key, arbitrary);
    return arbitrary;
  }
  // Strings a person types: never blank at the edges, since most text fields trim what they receive.
  return fc
    .string({ unit: 'grapheme', minLength, maxLength })
    .map((s) => s.trim())
    .filter((s) => lengthOf(s) >= minLength);
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum === undefined ? undefined : schema.exclusiveMinimum + (integer ? 1 : 1e-9));
  const max = schema.maximum ?? (schema.exclusiveMaximum === undefined ? undefined : schema.exclusiveMaximum - (integer ? 1 : 1e-9));
  if (integer) {
    return fc.integer({ min: Math.max(min ?? -1e9, Number.MIN_SAFE_INTEGER), max: Math.min(max ?? 1e9, Number.MAX_SAFE_INTEGER) });
  }
  return fc
    .double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true, noDefaultInfinity: true })
    .map((n) => (Object.is(n, -0) ? 0 : n)); // JSON has no negative zero
}

class Deriver {
  private readonly cache = new Map<string, fc.Arbitrary<unknown>>();

  constructor(
    private readonly defs: Record<string, JsonSchema>,
    private readonly repairs: Record<string, Repair>,
  ) {}

  derive(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    if (schema.$ref !== undefined) {
      const name = schema.$ref.replace('#/$defs/', '');
      const target = this.defs[name];
      if (!target) throw new Error(`Unresolvable reference ${schema.$ref}`);
      // Keywords beside a $ref (a `minProperties` added with .meta()) narrow the referenced schema.
      const { $ref: _ref, ...siblings } = schema;
      // Shared definitions (rich text in every translation) are derived once per depth, not once per use.
      const key = `${name}@${depth}@${JSON.stringify(siblings)}`;
      const cached = this.cache.get(key);
      if (cached) return cached;
      const derived = this.derive({ ...target, ...siblings }, depth + 1);
      const repair = this.repairs[name];
      const arbitrary = repair ? derived.map((value) => repair(value as never)) : derived;
      this.cache.set(key, arbitrary);
      return arbitrary;
    }
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
    const options = schema.anyOf ?? schema.oneOf;
    if (options !== undefined) {
      // Past the depth limit, take the first option only: unions list their plainest member first.
      const chosen = depth >= maxDepth ? options.slice(0, 1) : options;
      return fc.oneof(...chosen.map((option) => this.derive(option, depth)));
    }
    if (schema.allOf !== undefined) {
      return fc
        .tuple(...schema.allOf.map((part) => this.derive(part, depth)))
        .map((parts) => Object.assign({}, ...(parts as object[])) as unknown);
    }
    const type = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (type.length > 1) return fc.oneof(...type.map((t) => this.derive({ ...schema, type: t }, depth)));
    switch (type[0]) {
      case 'string':
        return stringArbitrary(schema);
      case 'integer':
        return numberArbitrary(schema, true);
      case 'number':
        return numberArbitrary(schema, false);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return this.array(schema, depth);
      case 'object':
        return this.object(schema, depth);
      default:
        // Free-form JSON (a revision snapshot); normalised through JSON so -0 and the like cannot differ after a trip.
        return fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    }
  }

  private array(schema: JsonSchema, depth: number): fc.Arbitrary<unknown[]> {
    const minLength = schema.minItems ?? 0;
    const maxLength = depth >= maxDepth ? minLength : Math.min(schema.maxItems ?? minLength + extraItems, minLength + extraItems);
    if (maxLength === 0) return fc.constant([]); // not deriving the items is what ends recursive schemas
    const item = this.derive(schema.items ?? {}, depth + 1);
    return schema.uniqueItems
      ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
      : fc.array(item, { minLength, maxLength });
  }

  private object(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    if (schema.properties !== undefined) {
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(schema.properties).filter(([key]) => required.has(key) || depth < maxDepth);
      const shape = Object.fromEntries(entries.map(([key, value]) => [key, this.derive(value, depth)]));
      return fc.record(shape, { requiredKeys: [...required].filter((key) => key in shape) });
    }
    // A record such as translations keyed by locale.
    const valueSchema = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
    const keys = schema.propertyNames ? (this.derive(schema.propertyNames, depth) as fc.Arbitrary<string>) : fc.string();
    return fc.dictionary(keys, this.derive(valueSchema, depth + 1), {
      minKeys: schema.minProperties ?? 0,
      maxKeys: Math.max(schema.minProperties ?? 0, depth >= maxDepth ? 1 : 3),
      noNullPrototype: true,
    });
  }
}

/** An arbitrary for every value `schema` accepts as input, refinements honoured through `repairs`. */
export function arbitraryFromSchema(schema: z.ZodType, repairs: Record<string, Repair> = {}): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  return new Deriver(json.$defs ?? {}, repairs).derive(json, 0);
}
