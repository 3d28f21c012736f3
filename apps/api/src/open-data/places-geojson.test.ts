import { PlaceFeatureCollectionSchema } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { placesToGeoJson } from './places-geojson.js';
import { placeView } from './test-content.js';

describe('places as GeoJSON', () => {
  it('writes a FeatureCollection of points, longitude first, keyed by the places’ ids', () => {
    const text = JSON.stringify(placesToGeoJson([placeView()], { locale: 'be', baseUrl: 'https://example.by/' }));
    const parsed = JSON.parse(text) as ReturnType<typeof placesToGeoJson>;
    expect(parsed.type).toBe('FeatureCollection');
    expect(PlaceFeatureCollectionSchema.safeParse(parsed).success).toBe(true);
    expect(parsed.features).toEqual([
      {
        type: 'Feature',
        id: '0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f0001',
        geometry: { type: 'Point', coordinates: [26.4729, 53.4513] },
        properties: {
          id: '0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f0001',
          slug: 'mir-castle',
          name: 'Mir Castle',
          kind: 'tourist-site',
          region: 'grodno-region',
          district: 'karelichy',
          locale: 'en',
          url: 'https://example.by/be/places/tourist-site/mir-castle',
        },
      },
    ]);
  });

  it('writes an empty collection when there is nothing to show', () => {
    expect(placesToGeoJson([], { locale: 'en', baseUrl: 'https://example.by' })).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
