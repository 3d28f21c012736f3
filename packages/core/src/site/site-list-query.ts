import { z } from 'zod';
import { LocaleSchema } from '../locale/locale.js';
import { CursorSchema, PageSizeSchema, cursorPage } from '../pagination/page.js';
import { SlugSchema } from '../slug/slug.js';
import { SiteKindSchema } from './site-kinds.js';
import { CoordinatesSchema } from '../geo/coordinates.js';
import { ImageRefSchema } from '../media/media.js';
import { TimestampSchema } from '../content/timestamp.js';
import { SiteSchema, SiteTextSchema } from './site.js';

const numberList = (count: number, message: string) =>
  z
    .string()
    .regex(new RegExp(`^-?\\d+(\\.\\d+)?(,-?\\d+(\\.\\d+)?){${count - 1}}$`), message)
    .transform((text) => text.split(',').map(Number));

/** Filters for the places catalogue, with geo queries: inside a box, or nearest to a point. */
export const SiteListQuerySchema = z
  .strictObject({
    kind: SiteKindSchema.optional(),
    region: SlugSchema.optional(),
    locale: LocaleSchema.optional(),
    // `south,west,north,east` in decimal degrees, as a map reports its viewport.
    bbox: numberList(4, 'Must be "south,west,north,east"')
      .refine(([s = 0, w = 0, n = 0, e = 0]) => s >= -90 && n <= 90 && s <= n && w >= -180 && e <= 180, 'Must lie within the globe, south of north')
      .optional(),
    // `lat,lng`: results come nearest first, each with its distance.
    near: numberList(2, 'Must be "lat,lng"')
      .refine(([lat = 0, lng = 0]) => Math.abs(lat) <= 90 && Math.abs(lng) <= 180, 'Must be a point on the globe')
      .optional(),
    radius: z.coerce.number().positive().max(20_000_000).optional().describe('Metres from "near"'),
    cursor: CursorSchema.optional(),
    limit: PageSizeSchema,
  })
  .refine((q) => q.radius === undefined || q.near !== undefined, { path: ['radius'], message: 'Needs "near"' })
  .meta({ id: 'SiteListQuery' });
/** Filters for the places catalogue. */
export type SiteListQuery = z.input<typeof SiteListQuerySchema>;

/** A place as a reader sees it: the record, the locale served, and its distance when the query gave a point. */
export const SiteViewSchema = z
  .intersection(SiteSchema, z.object({ servedLocale: LocaleSchema, distanceMetres: z.number().nonnegative().optional() }))
  .meta({ id: 'SiteView' });
/** A place with the locale that was served. */
export type SiteView = z.infer<typeof SiteViewSchema>;

/**
 * One place of the catalogue and its map, in the served locale only: what a list item or a marker shows. The
 * description, gallery, contacts and the fields of its kind are on the place's own page.
 */
export const SiteSummarySchema = z
  .object({
    id: z.uuid(),
    slug: SlugSchema,
    kind: SiteKindSchema,
    region: SlugSchema,
    district: SlugSchema.nullable(),
    coordinates: CoordinatesSchema,
    image: ImageRefSchema.nullable(),
    servedLocale: LocaleSchema,
    name: SiteTextSchema.shape.name,
    summary: SiteTextSchema.shape.summary,
    address: SiteTextSchema.shape.address,
    localizedSlug: SiteTextSchema.shape.slug.describe("The served locale's own slug, when it has one"),
    locales: z.array(LocaleSchema).describe('Every locale the place is published in, for language links'),
    distanceMetres: z.number().nonnegative().optional(),
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'SiteSummary' });
/** One place of the catalogue. */
export type SiteSummary = z.infer<typeof SiteSummarySchema>;

/** A page of the places catalogue. */
export const SitePageSchema = cursorPage(SiteSummarySchema).meta({ id: 'SitePage' });
/** A page of the places catalogue. */
export type SitePage = z.infer<typeof SitePageSchema>;
