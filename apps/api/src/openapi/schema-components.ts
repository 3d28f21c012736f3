import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { JsonSchema } from './openapi-types.js';

/** Whether a schema describes what a caller sends (`input`: defaults optional, coercions loose) or what the API sends (`output`). */
export type SchemaIo = 'input' | 'output';

/** One zod schema to convert, read as input or as output. */
export interface SchemaRequest {
  schema: z.ZodType;
  io: SchemaIo;
}

/** The converted schemas, in the order requested, and the named components they refer to. */
export interface ConvertedSchemas {
  schemas: JsonSchema[];
  components: Record<string, JsonSchema>;
}

const localPrefix = '#/$defs/';
const componentPrefix = '#/components/schemas/';

interface Conversion {
  io: SchemaIo;
  root: JsonSchema;
  /** Named by `.meta({ id })` in core, or after their `type` literal; refs inside are still `#/$defs/Name`. */
  defs: Record<string, JsonSchema>;
}

/**
 * Converts zod schemas to JSON Schema 2020-12 with zod's own `z.toJSONSchema`, lifting every schema with an id
 * into one shared `components.schemas` entry referred to by `$ref`. A schema read and written in different
 * shapes (input defaults are optional, output ones are not) gets two components: `Name` and `NameInput`.
 */
export function convertSchemas(requests: readonly SchemaRequest[]): ConvertedSchemas {
  const conversions = requests.map(convert);
  const forms = collectForms(conversions);
  const differs = formsThatDiffer(forms);
  const componentName = (name: string, io: SchemaIo) => (io === 'input' && differs.has(name) ? `${name}Input` : name);
  const toComponents = (io: SchemaIo) => (ref: string) => componentPrefix + componentName(ref.slice(localPrefix.length), io);

  const components: Record<string, JsonSchema> = {};
  for (const name of [...forms.keys()].sort()) {
    for (const [io, def] of Object.entries(forms.get(name) ?? {}) as [SchemaIo, JsonSchema][]) {
      const component = componentName(name, io);
      if (io === 'input' && differs.has(name) && forms.has(component)) throw new Error(`Both "${name}" and "${component}" are schema ids`);
      components[component] = rewriteRefs(def, toComponents(io));
    }
  }
  return { schemas: conversions.map((c) => rewriteRefs(c.root, toComponents(c.io))), components };
}

function convert({ schema, io }: SchemaRequest): Conversion {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, cycles: 'ref', reused: 'inline', unrepresentable: 'throw' });
  const { $schema: _dialect, $defs = {}, ...root } = json as JsonSchema & { $defs?: Record<string, JsonSchema> };
  // zod numbers recursive schemas without an id (`__schema0`) per conversion; a name from their content is stable.
  const renames = new Map(Object.entries($defs).map(([name, def]) => [name, name.startsWith('__schema') ? nameRecursive(def) : name]));
  const local = (ref: string) => {
    if (!ref.startsWith(localPrefix)) throw new Error(`A recursive schema needs an id: give it .meta({ id }) in core (found "${ref}")`);
    const name = ref.slice(localPrefix.length);
    return localPrefix + (renames.get(name) ?? name);
  };
  const defs = Object.fromEntries(Object.entries($defs).map(([name, def]) => [renames.get(name) ?? name, rewriteRefs(def, local)]));
  return { io, root: rewriteRefs(root, local), defs };
}

// The rich-text list nodes are recursive and have no id; `{ type: 'bulletList' }` becomes `BulletListNode`.
function nameRecursive(def: JsonSchema): string {
  const properties = def.properties as Record<string, JsonSchema> | undefined;
  const literal = properties?.type?.const;
  if (typeof literal !== 'string') throw new Error('A recursive schema needs an id: give it .meta({ id }) in core');
  return `${literal.charAt(0).toUpperCase()}${literal.slice(1)}Node`;
}

function collectForms(conversions: readonly Conversion[]): Map<string, Partial<Record<SchemaIo, JsonSchema>>> {
  const forms = new Map<string, Partial<Record<SchemaIo, JsonSchema>>>();
  for (const { io, defs } of conversions) {
    for (const [name, def] of Object.entries(defs)) {
      const entry = forms.get(name) ?? {};
      const known = entry[io];
      if (known !== undefined && !isDeepStrictEqual(known, def)) throw new Error(`Two different schemas share the id "${name}"`);
      entry[io] = def;
      forms.set(name, entry);
    }
  }
  return forms;
}

// A schema whose own text reads the same both ways still differs when it refers to one that does not.
function formsThatDiffer(forms: Map<string, Partial<Record<SchemaIo, JsonSchema>>>): Set<string> {
  const both = [...forms].filter((entry): entry is [string, Required<Record<SchemaIo, JsonSchema>>] => !!entry[1].input && !!entry[1].output);
  const differs = new Set(both.filter(([, f]) => !isDeepStrictEqual(f.input, f.output)).map(([name]) => name));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, { input, output }] of both) {
      if (differs.has(name)) continue;
      if ([...refsIn(input), ...refsIn(output)].some((ref) => differs.has(ref.slice(localPrefix.length)))) {
        differs.add(name);
        grew = true;
      }
    }
  }
  return differs;
}

/** Every `$ref` inside a schema, at any depth. */
export function refsIn(json: unknown): string[] {
  if (Array.isArray(json)) return json.flatMap(refsIn);
  if (typeof json !== 'object' || json === null) return [];
  return Object.entries(json).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [value] : refsIn(value)));
}

function rewriteRefs<T>(json: T, rewrite: (ref: string) => string): T {
  if (Array.isArray(json)) return json.map((item: unknown) => rewriteRefs(item, rewrite)) as T;
  if (typeof json !== 'object' || json === null) return json;
  return Object.fromEntries(
    Object.entries(json).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' ? rewrite(value) : rewriteRefs(value, rewrite)]),
  ) as T;
}
