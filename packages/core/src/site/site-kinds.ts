import { z } from 'zod';
import { ExternalUrlSchema, atLeastOneLocale } from '../content/content-fields.js';
import { LocalizedStringSchema } from '../locale/localized.js';

// Each kind of place carries its own fields, validated as strictly as the shared ones.
// Adding a kind means adding one entry here; the union, the inputs and the OpenAPI document follow.

const thisYear = 2100; // an upper bound for years that stays valid without reading the clock (core reads no clock)

/** The UNESCO selection criteria, (i)–(vi) cultural and (vii)–(x) natural. */
export const UnescoCriterionSchema = z.enum(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']);

/** Conditions a sanatorium treats, as Belarusian health resorts list them. */
export const TreatmentProfileSchema = z.enum([
  'cardiovascular',
  'respiratory',
  'musculoskeletal',
  'digestive',
  'nervous-system',
  'endocrine',
  'urological',
  'gynaecological',
  'skin',
  'paediatric',
  'rehabilitation',
]);

/** The fields proper to each kind of place, keyed by kind. */
export const siteKindFields = {
  'tourist-site': {
    attraction: z.enum(['castle', 'palace', 'church', 'monastery', 'square', 'park', 'estate', 'street', 'other']).optional(),
  },
  'unesco-heritage': {
    inscriptionYear: z.int().min(1978).max(thisYear),
    criteria: z
      .array(UnescoCriterionSchema)
      .min(1)
      .refine((c) => new Set(c).size === c.length, 'Each criterion may appear once')
      .meta({ uniqueItems: true }),
    referenceNumber: z.string().regex(/^\d{1,5}(bis|ter)?$/, 'Must be a World Heritage List number such as 625 or 1245'),
    heritageCategory: z.enum(['cultural', 'natural', 'mixed']),
    transboundary: z.boolean().default(false),
  },
  sanatorium: {
    treatmentProfiles: z.array(TreatmentProfileSchema).min(1),
    accommodation: z.strictObject({
      rooms: z.int().positive().optional(),
      beds: z.int().positive().optional(),
      description: LocalizedStringSchema.optional(),
    }),
    booking: z
      .strictObject({
        phone: z.string().regex(/^\+?[0-9][0-9 ()-]{4,30}$/).optional(),
        email: z.email().optional(),
        url: ExternalUrlSchema.optional(),
      })
      .refine((b) => b.phone !== undefined || b.email !== undefined || b.url !== undefined, 'Give at least one way to book')
      .meta({ id: 'SanatoriumBooking' }),
  },
  'war-memorial': {
    commemorates: atLeastOneLocale(LocalizedStringSchema),
    yearOpened: z.int().min(1000).max(thisYear),
  },
  museum: {
    collection: LocalizedStringSchema.optional(),
  },
  'nature-reserve': {
    areaHectares: z.number().positive(),
    protection: z.enum(['national-park', 'nature-reserve', 'biosphere-reserve', 'wildlife-refuge', 'natural-monument']),
  },
} as const;

/** The kinds of place a portal catalogues. */
export const SiteKindSchema = z
  .enum(Object.keys(siteKindFields) as [keyof typeof siteKindFields, ...(keyof typeof siteKindFields)[]])
  .meta({ id: 'SiteKind' });
/** A kind of place, such as `unesco-heritage`. */
export type SiteKind = z.infer<typeof SiteKindSchema>;
