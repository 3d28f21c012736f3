import type { PlaceFeatureCollection, SiteView } from '@kraina/core';
import { placeUrl } from './public-urls.js';

/**
 * The published places as GeoJSON (core's `PlaceFeatureCollectionSchema`): one point feature per place, whose id is
 * the place's id, stable across downloads, named in the locale each was served in, linked to its page.
 */
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
