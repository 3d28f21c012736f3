import { z } from 'zod';

/** A point on the WGS84 ellipsoid (the datum of GPS and of every web map), in decimal degrees. */
export const CoordinatesSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
  })
  .meta({ id: 'Coordinates', examples: [{ lat: 53.9023, lng: 27.5619 }] });
/** A WGS84 point in decimal degrees. */
export type Coordinates = z.infer<typeof CoordinatesSchema>;

/** A map viewport: south-west and north-east corners. A box crossing the antimeridian has `west > east`. */
export const BoundingBoxSchema = z
  .object({
    south: z.number().min(-90).max(90),
    west: z.number().min(-180).max(180),
    north: z.number().min(-90).max(90),
    east: z.number().min(-180).max(180),
  })
  .refine((box) => box.south <= box.north, { path: ['north'], message: 'Must not be south of "south"' })
  .meta({ id: 'BoundingBox' });
/** A map viewport in decimal degrees. */
export type BoundingBox = z.infer<typeof BoundingBoxSchema>;

const earthRadiusMetres = 6_371_008.8; // the mean radius (IUGG), good to 0.5% for distances on a map

/** Great-circle distance in metres between two points (haversine). */
export function distanceInMetres(from: Coordinates, to: Coordinates): number {
  const rad = Math.PI / 180;
  const dLat = (to.lat - from.lat) * rad;
  const dLng = (to.lng - from.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(from.lat * rad) * Math.cos(to.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * earthRadiusMetres * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether a point lies inside a bounding box, edges included. */
export function isInsideBox(point: Coordinates, box: BoundingBox): boolean {
  if (point.lat < box.south || point.lat > box.north) return false;
  return box.west <= box.east ? point.lng >= box.west && point.lng <= box.east : point.lng >= box.west || point.lng <= box.east;
}
