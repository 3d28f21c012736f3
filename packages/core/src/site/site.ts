import { z } from 'zod';
import { ExternalUrlSchema, RelatedSchema, TagsSchema, atLeastOneLocale } from '../content/content-fields.js';
import { TimestampSchema } from '../content/timestamp.js';
import { CoordinatesSchema } from '../geo/coordinates.js';
import { LocaleSchema } from '../locale/locale.js';
import { LocalizedStringSchema } from '../locale/localized.js';
import { ImageRefSchema } from '../media/media.js';
import { RichTextSchema } from '../rich-text/rich-text.js';
import { SlugSchema } from '../slug/slug.js';
import { TranslationStatusSchema } from '../translation/translation-status.js';
import { WithdrawalSchema } from '../workflow/withdrawal.js';
import { WorkflowStatusSchema } from '../workflow/workflow-status.js';
import { type SiteKind, siteKindFields } from './site-kinds.js';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Must be a time such as 09:00');

/** When a place is open: periods of weekdays (ISO, 1 = Monday) with opening and closing times, and a note. */
export const OpeningHoursSchema = z
  .strictObject({
    periods: z
      .array(
        z.strictObject({
          days: z.array(z.int().min(1).max(7)).min(1).max(7),
          opens: clockTime,
          // A closing time before the opening time means after midnight, as at a night-time museum event.
          closes: clockTime,
        }),
      )
      .max(21),
    note: LocalizedStringSchema.optional(),
  })
  .meta({ id: 'OpeningHours' });
/** When a place is open. */
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;

/** How to reach a place. */
export const ContactsSchema = z
  .strictObject({
    phones: z.array(z.string().regex(/^\+?[0-9][0-9 ()-]{4,30}$/, 'Must be a phone number')).max(10).default([]),
    email: z.email().optional(),
    website: ExternalUrlSchema.optional(),
  })
  .meta({ id: 'Contacts' });

/** What a writer or translator sends for one locale of a place. */
export const SiteTextInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(300),
  summary: z.string().trim().max(1000).optional(),
  description: RichTextSchema,
  address: z.string().trim().max(500).optional(),
  slug: SlugSchema.optional(),
});

/** One locale of a place as the API returns it, with that locale's own publish state. */
export const SiteTextSchema = SiteTextInputSchema.extend({ status: WorkflowStatusSchema }).meta({ id: 'SiteText' });
/** One locale of a place. */
export type SiteText = z.infer<typeof SiteTextSchema>;

const siteInputShape = {
  slug: SlugSchema,
  translations: atLeastOneLocale(z.record(LocaleSchema, SiteTextInputSchema)),
  region: SlugSchema,
  district: SlugSchema.nullable(),
  coordinates: CoordinatesSchema,
  openingHours: OpeningHoursSchema.nullable(),
  contacts: ContactsSchema,
  image: ImageRefSchema.nullable(),
  gallery: z.array(ImageRefSchema).max(100),
  tags: TagsSchema,
  related: RelatedSchema,
};

const siteOutputShape = {
  ...siteInputShape,
  id: z.uuid(),
  status: WorkflowStatusSchema,
  translations: z.record(LocaleSchema, SiteTextSchema),
  publishAt: TimestampSchema.nullable(),
  // Staff answers only: when the published place comes down by itself (a take-down time is not the public's).
  unpublishAt: TimestampSchema.nullable().optional(),
  firstPublishedAt: TimestampSchema.nullable(),
  // Set while the place is withdrawn: unpublished for good, its page saying when and why.
  withdrawal: WithdrawalSchema.optional(),
  // Staff reads by id only: who saved its first version, whose own work it is (an author may submit their own).
  authorId: z.uuid().nullable().optional(),
  // Staff answers only: per locale, which translated fields lag behind a changed source text.
  translationStatus: TranslationStatusSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: z.int().nonnegative(),
};

const createDefaults = {
  slug: siteInputShape.slug.optional(),
  district: siteInputShape.district.default(null),
  openingHours: siteInputShape.openingHours.default(null),
  contacts: siteInputShape.contacts.default({ phones: [] }),
  image: siteInputShape.image.default(null),
  gallery: siteInputShape.gallery.default([]),
  tags: siteInputShape.tags.default([]),
  related: siteInputShape.related.default({ articles: [], events: [], sites: [] }),
};

// One factory per shape; each union lists the six kinds explicitly so TypeScript keeps every member's own fields.
const outputMember = <K extends SiteKind, F extends z.ZodRawShape>(kind: K, fields: F) =>
  z.object({ ...siteOutputShape, kind: z.literal(kind), ...fields });
const createMember = <K extends SiteKind, F extends z.ZodRawShape>(kind: K, fields: F) =>
  z.strictObject({ ...siteInputShape, ...createDefaults, kind: z.literal(kind), ...fields });
const updateMember = <K extends SiteKind, F extends z.ZodRawShape>(kind: K, fields: F) =>
  z
    .strictObject({ ...siteInputShape, ...fields })
    .partial()
    .extend({
      kind: z.literal(kind),
      version: z.int().nonnegative().optional().describe('The version this edit is based on, if not sent as If-Match'),
    });
const k = siteKindFields;

/** A place in the catalogue, as the API returns it: the shared fields plus its kind's own (a union on `kind`). */
export const SiteSchema = z
  .discriminatedUnion('kind', [
    outputMember('tourist-site', k['tourist-site']),
    outputMember('unesco-heritage', k['unesco-heritage']),
    outputMember('sanatorium', k.sanatorium),
    outputMember('war-memorial', k['war-memorial']),
    outputMember('museum', k.museum),
    outputMember('nature-reserve', k['nature-reserve']),
  ])
  .meta({ id: 'Site' });
/** A place in the catalogue. */
export type Site = z.infer<typeof SiteSchema>;

/** What staff send to create a place: the shared fields and those of its kind; without a slug, one is made from the name. */
export const CreateSiteInputSchema = z
  .discriminatedUnion('kind', [
    createMember('tourist-site', k['tourist-site']),
    createMember('unesco-heritage', k['unesco-heritage']),
    createMember('sanatorium', k.sanatorium),
    createMember('war-memorial', k['war-memorial']),
    createMember('museum', k.museum),
    createMember('nature-reserve', k['nature-reserve']),
  ])
  .meta({ id: 'CreateSiteInput' });
/** What staff send to create a place. */
export type CreateSiteInput = z.input<typeof CreateSiteInputSchema>;

/** What staff send to change a place: `kind` says which fields apply; every other field is optional. */
export const UpdateSiteInputSchema = z
  .discriminatedUnion('kind', [
    updateMember('tourist-site', k['tourist-site']),
    updateMember('unesco-heritage', k['unesco-heritage']),
    updateMember('sanatorium', k.sanatorium),
    updateMember('war-memorial', k['war-memorial']),
    updateMember('museum', k.museum),
    updateMember('nature-reserve', k['nature-reserve']),
  ])
  .meta({ id: 'UpdateSiteInput' });
/** What staff send to change a place. */
export type UpdateSiteInput = z.input<typeof UpdateSiteInputSchema>;
