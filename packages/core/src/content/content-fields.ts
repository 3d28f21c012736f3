import { z } from 'zod';
import { SlugSchema } from '../slug/slug.js';

// Fields every content type shares, defined once so articles, events and places cannot drift apart.

/** Links from one item to others, by id, in the order editors chose. */
export const RelatedSchema = z
  .strictObject({
    articles: z.array(z.uuid()).max(50).default([]),
    events: z.array(z.uuid()).max(50).default([]),
    sites: z.array(z.uuid()).max(50).default([]),
  })
  .meta({ id: 'Related' });
/** Links from one item to others. */
export type Related = z.infer<typeof RelatedSchema>;

/** Free tags, as slugs, at most 30 per item and each once. */
export const TagsSchema = z
  .array(SlugSchema)
  .max(30)
  .refine((tags) => new Set(tags).size === tags.length, 'Each tag may appear once')
  .meta({ uniqueItems: true }); // stated in JSON Schema too, so OpenAPI readers see the rule

/** An https or http address outside the portal (a ticket office, an organiser's site). */
export const ExternalUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).max(2000);

/** The locales of an item in which a reader may see it: the item is published, and so is that translation. */
export function publishedLocales(item: {
  status: string;
  translations: Partial<Record<string, { status: string }>>;
}): string[] {
  if (item.status !== 'published') return [];
  return Object.entries(item.translations)
    .filter(([, text]) => text?.status === 'published')
    .map(([locale]) => locale);
}

/** Requires at least one locale in a per-locale record: an item in no language cannot be shown anywhere. */
export function atLeastOneLocale<S extends z.ZodType<Record<string, unknown>>>(texts: S): S {
  return texts
    .refine((value) => Object.keys(value).length > 0, 'Give the text in at least one locale')
    .meta({ minProperties: 1 });
}
