import { CreateSiteInputSchema, type SiteKind, SiteKindSchema } from '@kraina/core';
import type { z } from 'zod';

/** How the form asks for one field of a kind, read from the field's schema. */
export type KindFieldControl =
  | { control: 'integer' | 'decimal'; min: number | undefined; max: number | undefined }
  | { control: 'text' }
  | { control: 'select'; options: readonly string[] }
  | { control: 'choices'; options: readonly string[] }
  | { control: 'checkbox' }
  | { control: 'localized' }
  | { control: 'group'; fields: readonly KindField[] };

/** One field proper to a kind of place: its path in the form's values (`accommodation.rooms`), its leaf name, and its control. */
export type KindField = KindFieldControl & { path: string; name: string; required: boolean };

type AnySchema = z.ZodType & { def: { type: string; innerType?: AnySchema; element?: AnySchema } };

const members = CreateSiteInputSchema.options;

// A field every kind has is the place's own (name, region, coordinates); the rest belong to one kind. Derived from
// the union itself, so a field added to a kind in core appears in the form without a list kept here.
const sharedFields = new Set(Object.keys(members[0].shape).filter((key) => members.every((member) => key in member.shape)));

function unwrap(schema: AnySchema): { inner: AnySchema; required: boolean } {
  let inner = schema;
  let required = true;
  while (['optional', 'default', 'nullable'].includes(inner.def.type) && inner.def.innerType) {
    required = false;
    inner = inner.def.innerType;
  }
  return { inner, required };
}

function controlOf(schema: AnySchema, path: string): KindFieldControl {
  const { type } = schema.def;
  if (type === 'number') {
    const number = schema as unknown as z.ZodNumber;
    const bound = (value: number | null) => (value === null || !Number.isFinite(value) || Math.abs(value) > 1e15 ? undefined : value);
    return { control: number.isInt ? 'integer' : 'decimal', min: bound(number.minValue), max: bound(number.maxValue) };
  }
  if (type === 'enum') return { control: 'select', options: (schema as unknown as z.ZodEnum).options as string[] };
  if (type === 'boolean') return { control: 'checkbox' };
  if (type === 'record') return { control: 'localized' };
  if (type === 'array' && schema.def.element?.def.type === 'enum') return { control: 'choices', options: (schema.def.element as unknown as z.ZodEnum).options as string[] };
  if (type === 'object') return { control: 'group', fields: fieldsOfShape((schema as unknown as z.ZodObject).shape, `${path}.`) };
  return { control: 'text' };
}

function fieldsOfShape(shape: Record<string, AnySchema>, prefix = ''): KindField[] {
  return Object.entries(shape).map(([name, schema]) => {
    const { inner, required } = unwrap(schema);
    return { ...controlOf(inner, `${prefix}${name}`), path: `${prefix}${name}`, name, required };
  });
}

function memberOf(kind: SiteKind) {
  const member = members.find((candidate) => candidate.shape.kind.value === kind);
  if (!member) throw new Error(`No schema for the kind "${kind}"`);
  return member;
}

/** The fields proper to a kind of place, in the order core declares them, each with the control that asks for it. */
export function kindFieldsOf(kind: SiteKind): KindField[] {
  const shape = memberOf(kind).shape as unknown as Record<string, AnySchema>;
  return fieldsOfShape(Object.fromEntries(Object.entries(shape).filter(([key]) => !sharedFields.has(key))));
}

/** The top-level names of the fields any kind has of its own, so values of another kind can be dropped before sending. */
export const allKindFieldNames: readonly string[] = [...new Set(SiteKindSchema.options.flatMap((kind) => kindFieldsOf(kind).map((field) => field.name)))];

/** Every field path of a kind, nested ones included, for placing the API's issues beside them. */
export function kindFieldPaths(fields: readonly KindField[]): string[] {
  return fields.flatMap((field) => (field.control === 'group' ? [field.path, ...kindFieldPaths(field.fields)] : [field.path]));
}
