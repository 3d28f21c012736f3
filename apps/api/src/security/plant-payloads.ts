import type { z } from 'zod';

// Test support for the stored-XSS suite: puts a hostile string into every text field of a valid input that the
// schema lets it into, so a field added later is attacked without anyone listing it here.

/** A string field the payload went into, as a JSON pointer, and the value the API should store there. */
export interface PlantedField {
  pointer: string;
  value: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function setAt(root: Json, path: readonly (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) return root.map((item, i) => (i === head ? setAt(item, rest, value) : item));
  const object = root as Record<string, Json>;
  return { ...object, [head]: setAt(object[head] as Json, rest, value) };
}

function stringPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

/**
 * Tries each payload in turn in every string of `input`, keeping the first the schema accepts at that place (a
 * headline takes the long one, a 40-character field a short one, a slug or a URL none), and returns the input with
 * every accepted payload in place and where they went.
 */
export function plantPayloads<T>(schema: z.ZodType, input: T, payloads: readonly string[]): { input: T; planted: PlantedField[] } {
  const valid = schema.safeParse(input);
  if (!valid.success) throw new Error(`The input to plant payloads in is not valid to begin with: ${valid.error.message}`);
  let current = input as Json;
  const planted: PlantedField[] = [];
  for (const path of stringPaths(current)) {
    for (const payload of payloads) {
      const attempt = setAt(current, path, payload);
      if (schema.safeParse(attempt).success) {
        current = attempt;
        planted.push({ pointer: `#/${path.join('/')}`, value: payload.trim() });
        break;
      }
    }
  }
  return { input: current as T, planted };
}

/** The value at a JSON pointer made by `plantPayloads`, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  return pointer
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), root);
}
