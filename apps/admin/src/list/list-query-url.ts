import type { z } from 'zod';

/** How one editorial list keeps its state in its address: which of its query's fields, and the order left out. */
export interface ListUrlFields<Field extends string> {
  schema: { shape: Record<Field, z.ZodType> };
  fields: readonly Field[];
  defaultSort: string;
}

/**
 * A list's state read from its address, field by field with core's own schema: a hand-edited or outdated value is
 * dropped rather than sent to the API to be refused, so a bookmark always opens a list.
 */
export function readListQuery<Field extends string, Query>(params: URLSearchParams, { schema, fields }: ListUrlFields<Field>): Query {
  const query: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const value = params.get(field);
    if (value === null || value === '') continue;
    if (schema.shape[field].safeParse(value).success) query[field] = value;
  }
  return query as Query;
}

/** The address of a list state; the default order is left out, so the plain list has the plain address. */
export function writeListQuery<Field extends string>(query: Partial<Record<Field, unknown>>, { fields, defaultSort }: ListUrlFields<Field>): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = query[field];
    if (value === undefined || value === '' || (field === 'sort' && value === defaultSort)) continue;
    params.set(field, String(value));
  }
  return params;
}
