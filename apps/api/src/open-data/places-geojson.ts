import type { SiteView } from '@kraina/core';
import { placeUrl } from './public-urls.js';

/** One place on the map: an RFC 7946 point feature whose id is the place's id, stable across exports. */
export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { id: string; slug: string; name: string; kind: string; region: string; district: string | null; locale: string; url: string };
}

/** A GeoJSON document of places. */
export interface PlaceFeatureCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
}

/** The published places as GeoJSON, named in the locale each was served in, linked to their pages. */
export function placesToGeoJson(places: readonly SiteView[], options: { locale: string; baseUrl: string }): PlaceFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.map((place) => ({
      type: 'Feature',
      id: place.id,
      // GeoJSON writes longitude first (RFC 7946 §3.1.1), unlike the lat,lng of our queries.
      geometry: { type: 'Point', coordinates: [place.coordinates.lng, place.coordinates.lat] },
      properties: {
        id: place.id,
        slug: place.slug,
        name: place.translations[place.servedLocale]?.name ?? place.slug,
        kind: place.kind,
        region: place.region,
        district: place.district,
        locale: place.servedLocale,
        url: placeUrl(options.baseUrl, options.locale, place),
      },
    })),
  };
}
