import { z } from 'zod';
import { EventListQuerySchema } from '../event/event-list-query.js';
import { LocaleSchema } from '../locale/locale.js';
import { SiteKindSchema } from '../site/site-kinds.js';
import { SiteListQuerySchema } from '../site/site-list-query.js';
import { SlugSchema } from '../slug/slug.js';

// The open-data downloads: the catalogue and the calendar as files (GeoJSON, CSV, iCalendar). They take the
// filters of the JSON lists they mirror, taken field by field from those schemas so a filter changes in one
// place, and no paging: a download is the whole selection.

const places = SiteListQuerySchema.shape;
const calendar = EventListQuerySchema.shape;

/** Filters for the places downloads: those of the catalogue, without paging or nearness. */
export const SiteDownloadQuerySchema = z
  .strictObject({ kind: places.kind, region: places.region, bbox: places.bbox, locale: places.locale })
  .meta({ id: 'SiteDownloadQuery' });
/** Filters for the places downloads. */
export type SiteDownloadQuery = z.input<typeof SiteDownloadQuerySchema>;

/** Filters for the events downloads: those of the calendar, without paging; the range defaults to the next 31 days. */
export const EventDownloadQuerySchema = z
  .strictObject({
    from: calendar.from,
    to: calendar.to,
    category: calendar.category,
    city: calendar.city,
    region: calendar.region,
    eventStatus: calendar.eventStatus,
    locale: calendar.locale,
  })
  // The same rule as the calendar's: zod cannot pick fields out of a schema that has one, so it is stated again.
  .refine((q) => q.from === undefined || q.to === undefined || Date.parse(q.from) < Date.parse(q.to), {
    path: ['to'],
    message: 'Must be after "from"',
  })
  .meta({ id: 'EventDownloadQuery' });
/** Filters for the events downloads. */
export type EventDownloadQuery = z.input<typeof EventDownloadQuerySchema>;

/** A place on the map as an RFC 7946 point feature, whose id is the place's id, stable across downloads. */
export const PlaceFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.uuid(),
    geometry: z.object({
      type: z.literal('Point'),
      // As in RFC 7946's own JSON Schema: two numbers, longitude first (§3.1.1), unlike the API's lat,lng.
      coordinates: z.array(z.number()).length(2).describe('[longitude, latitude] in WGS84 decimal degrees'),
    }),
    properties: z.object({
      id: z.uuid(),
      slug: SlugSchema,
      name: z.string(),
      kind: SiteKindSchema,
      region: SlugSchema,
      district: SlugSchema.nullable(),
      locale: LocaleSchema, // the locale the name is in, after fallback
      url: z.url().describe("The place's page on the public site"),
    }),
  })
  .meta({ id: 'PlaceFeature' });
/** A place as a GeoJSON feature. */
export type PlaceFeature = z.infer<typeof PlaceFeatureSchema>;

/** Places as a GeoJSON FeatureCollection (RFC 7946), the body of `GET /sites.geojson`. */
export const PlaceFeatureCollectionSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(PlaceFeatureSchema) })
  .meta({ id: 'PlaceFeatureCollection' });
/** Places as a GeoJSON FeatureCollection. */
export type PlaceFeatureCollection = z.infer<typeof PlaceFeatureCollectionSchema>;
