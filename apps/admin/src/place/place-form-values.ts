import {
  type CreateSiteInput,
  CreateSiteInputSchema,
  type FieldIssue,
  type ImageRef,
  type OpeningHours,
  type RichText,
  type Site,
  type SiteKind,
  type UpdateSiteInput,
  UpdateSiteInputSchema,
  emptyRichText,
} from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { type FieldErrors, type FieldValues, type Resolver, get, set } from 'react-hook-form';
import { placeIssues } from '../article/article-form-values.js';
import { type KindField, allKindFieldNames, kindFieldPaths, kindFieldsOf } from './place-kind-fields.js';

/** One locale's text of a place as the form edits it: absent optional fields are empty strings. */
export interface PlaceTextValues {
  name: string;
  summary: string;
  description: RichText;
  address: string;
  /** The locale's own slug, kept as saved: the form does not edit it, and a save must not drop it. */
  slug?: string | undefined;
}

/** One opening period as the form edits it. */
export interface OpeningPeriodValues {
  days: string[];
  opens: string;
  closes: string;
}

/** What the place form holds: the shared fields, each locale's text, and under `own` the fields of the chosen kind. */
export interface PlaceFormValues {
  kind: SiteKind;
  slug: string;
  region: string;
  district: string;
  // Numbers as typed: an empty or half-typed box is NaN, which core's schema refuses in its own words.
  coordinates: { lat: number; lng: number };
  openingPeriods: OpeningPeriodValues[];
  openingNote: OpeningHours['note'];
  phones: string;
  email: string;
  website: string;
  image: ImageRef | null;
  gallery: ImageRef[];
  translations: Record<string, PlaceTextValues>;
  own: Record<string, unknown>;
}

/** An empty text for a locale the writer starts. */
export const emptyPlaceText = (): PlaceTextValues => ({ name: '', summary: '', description: emptyRichText(), address: '' });

/** A new place's starting values: a UNESCO-free tourist site in Minsk with nothing typed yet. */
export function newPlaceValues(locale: string): PlaceFormValues {
  return {
    kind: 'tourist-site',
    slug: '',
    region: 'minsk-city',
    district: '',
    coordinates: { lat: Number.NaN, lng: Number.NaN },
    openingPeriods: [],
    openingNote: undefined,
    phones: '',
    email: '',
    website: '',
    image: null,
    gallery: [],
    translations: { [locale]: emptyPlaceText() },
    own: {},
  };
}

function ownValuesOf(site: Site): Record<string, unknown> {
  const record = site as unknown as Record<string, unknown>;
  return Object.fromEntries(allKindFieldNames.filter((name) => name in record).map((name) => [name, record[name]]));
}

/** The form's values for a saved place. */
export function placeFormValuesOf(site: Site): PlaceFormValues {
  return {
    kind: site.kind,
    slug: site.slug,
    region: site.region,
    district: site.district ?? '',
    coordinates: { ...site.coordinates },
    openingPeriods: (site.openingHours?.periods ?? []).map((period) => ({ days: period.days.map(String), opens: period.opens, closes: period.closes })),
    openingNote: site.openingHours?.note,
    phones: site.contacts.phones.join('\n'),
    email: site.contacts.email ?? '',
    website: site.contacts.website ?? '',
    image: site.image,
    gallery: site.gallery,
    translations: Object.fromEntries(
      Object.entries(site.translations).map(([locale, text]) => [
        locale,
        { name: text.name, summary: text.summary ?? '', description: text.description, address: text.address ?? '', slug: text.slug },
      ]),
    ),
    own: ownValuesOf(site),
  };
}

const optionalText = (value: string) => (value.trim() === '' ? undefined : value.trim());

// What a control holds becomes what the schema expects: an empty box is an absent field, not an empty string or NaN.
function ownValue(field: KindField, value: unknown): unknown {
  switch (field.control) {
    case 'integer':
    case 'decimal':
      return typeof value === 'number' && !Number.isNaN(value) ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined;
    case 'text':
    case 'select':
      return typeof value === 'string' ? optionalText(value) : undefined;
    case 'choices':
      return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    case 'checkbox':
      return value === true;
    case 'localized': {
      const entries = Object.entries((value ?? {}) as Record<string, string>).filter(([, text]) => text.trim() !== '');
      return entries.length === 0 ? undefined : Object.fromEntries(entries);
    }
    case 'group': {
      const group = ownValuesFor(field.fields, (value ?? {}) as Record<string, unknown>);
      return group;
    }
  }
}

function ownValuesFor(fields: readonly KindField[], values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(fields.flatMap((field) => {
    const value = ownValue(field, values[field.name]);
    return value === undefined ? [] : [[field.name, value]];
  }));
}

function textInput(text: PlaceTextValues) {
  const optional = { summary: optionalText(text.summary), address: optionalText(text.address), slug: text.slug };
  return { name: text.name, description: text.description, ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)) };
}

function openingHoursOf(values: PlaceFormValues): OpeningHours | null {
  if (values.openingPeriods.length === 0 && values.openingNote === undefined) return null;
  const periods = values.openingPeriods.map((period) => ({ days: period.days.map(Number).sort((a, b) => a - b), opens: period.opens, closes: period.closes }));
  return { periods, ...(values.openingNote === undefined ? {} : { note: values.openingNote }) };
}

/** What creating the place sends: every shared field, each locale's text, and only the fields of the chosen kind. */
export function createPlaceInputOf(values: PlaceFormValues): CreateSiteInput {
  const email = optionalText(values.email);
  const website = optionalText(values.website);
  return {
    kind: values.kind,
    ...(optionalText(values.slug) === undefined ? {} : { slug: values.slug.trim() }),
    region: values.region,
    district: optionalText(values.district) ?? null,
    coordinates: { lat: values.coordinates.lat, lng: values.coordinates.lng },
    openingHours: openingHoursOf(values),
    contacts: {
      phones: values.phones.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
      ...(email === undefined ? {} : { email }),
      ...(website === undefined ? {} : { website }),
    },
    image: values.image,
    gallery: values.gallery,
    translations: Object.fromEntries(Object.entries(values.translations).map(([locale, text]) => [locale, textInput(text)])),
    ...ownValuesFor(kindFieldsOf(values.kind), values.own),
  } as CreateSiteInput;
}

// The form's top-level fields and the input fields each one sends.
const sentBy: Record<string, readonly string[]> = {
  slug: ['slug'],
  region: ['region'],
  district: ['district'],
  coordinates: ['coordinates'],
  openingPeriods: ['openingHours'],
  openingNote: ['openingHours'],
  phones: ['contacts'],
  email: ['contacts'],
  website: ['contacts'],
  image: ['image'],
  gallery: ['gallery'],
};

/**
 * What saving a place sends: its kind, the shared fields the editor changed, the texts of locales with a changed
 * field, and the kind's own fields when any of them or the kind changed, so nobody's unrelated edit is written back.
 */
export function updatePlaceInputOf(values: PlaceFormValues, changed: { fields: readonly string[]; locales: readonly string[] }): UpdateSiteInput {
  const full = createPlaceInputOf(values) as Record<string, unknown>;
  const keys = new Set(changed.fields.flatMap((field) => sentBy[field] ?? []));
  if (changed.fields.includes('kind') || changed.fields.includes('own')) for (const field of kindFieldsOf(values.kind)) keys.add(field.name);
  const translations = Object.fromEntries(changed.locales.flatMap((locale) => (values.translations[locale] ? [[locale, textInput(values.translations[locale])]] : [])));
  return {
    kind: values.kind,
    ...Object.fromEntries([...keys].filter((key) => full[key] !== undefined).map((key) => [key, full[key]])),
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
  };
}

/**
 * The form field a path of the input names: a kind's own field lives under `own`, contacts and opening periods
 * under the form's own names, and every phone in the one box that lists them.
 */
export function formFieldOf(path: string): string {
  const [head = '', next = ''] = path.split('.');
  if (allKindFieldNames.includes(head)) return `own.${path}`;
  if (head === 'contacts') return next === 'phones' || next === '' ? 'phones' : next;
  if (head === 'openingHours') return next === 'note' ? 'openingPeriods' : path.replace(/^openingHours\.periods/, 'openingPeriods');
  return path;
}

function leavesOf(errors: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(errors).flatMap(([key, error]) => {
    const path = `${prefix}${key}`;
    const isLeaf = typeof error === 'object' && error !== null && 'message' in error && 'type' in error;
    return isLeaf ? [[path, error] as [string, unknown]] : typeof error === 'object' && error !== null ? leavesOf(error as Record<string, unknown>, `${path}.`) : [];
  });
}

// The schema names fields as the input has them; the form keeps some under other names (see formFieldOf).
function formErrorsOf(errors: Record<string, unknown>): FieldErrors<PlaceFormValues> {
  const placed: Record<string, unknown> = {};
  for (const [path, error] of leavesOf(errors)) {
    const field = formFieldOf(path);
    if (get(placed, field) === undefined) set(placed, field, error);
  }
  return placed;
}

/**
 * The form's resolver: core's own create or update schema over what would be sent, so the form refuses exactly what
 * the API refuses and says so in the schema's words.
 */
export function placeResolver(mode: 'create' | 'update'): Resolver<PlaceFormValues> {
  const schema = mode === 'create' ? CreateSiteInputSchema : UpdateSiteInputSchema;
  const check = zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<FieldValues>;
  return async (values, context, options) => {
    const result = await check(createPlaceInputOf(values), context, options as never);
    return Object.keys(result.errors).length > 0 ? { values: {}, errors: formErrorsOf(result.errors) } : { values, errors: {} };
  };
}

/** The API's issues placed on the form's fields (a kind's field under `own`), and the lines nothing shows beside a field. */
export function placePlaceIssues(issues: readonly FieldIssue[], values: PlaceFormValues): { byField: Map<string, string>; unplaced: string[] } {
  const inputFields = [
    'slug',
    'region',
    'district',
    'coordinates',
    'coordinates.lat',
    'coordinates.lng',
    'contacts',
    'contacts.email',
    'contacts.website',
    'contacts.phones',
    ...Array.from({ length: 10 }, (_, index) => `contacts.phones.${index}`),
    ...values.openingPeriods.flatMap((_, index) => [`openingHours.periods.${index}.days`, `openingHours.periods.${index}.opens`, `openingHours.periods.${index}.closes`]),
    ...Object.keys(values.translations).flatMap((l) => [`translations.${l}.name`, `translations.${l}.summary`, `translations.${l}.address`, `translations.${l}.description`]),
    ...kindFieldPaths(kindFieldsOf(values.kind)),
  ];
  const { byField, unplaced } = placeIssues(issues, inputFields);
  return { byField: new Map([...byField].map(([field, detail]) => [formFieldOf(field), detail])), unplaced };
}
