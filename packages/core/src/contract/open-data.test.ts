import { describe, expect, it } from 'vitest';
import { validate } from '../errors/validate.js';
import { EventDownloadQuerySchema, PlaceFeatureCollectionSchema, SiteDownloadQuerySchema } from './open-data.js';

describe('the download filters', () => {
  it('take the catalogue filters, with the box parsed as the list parses it', () => {
    expect(validate(SiteDownloadQuerySchema, { kind: 'museum', region: 'minsk-region', bbox: '53,27,54,28', locale: 'be' })).toEqual({
      ok: true,
      value: { kind: 'museum', region: 'minsk-region', bbox: [53, 27, 54, 28], locale: 'be' },
    });
  });

  it('refuse paging and nearness by name, since a download is the whole selection', () => {
    const result = validate(SiteDownloadQuerySchema, { cursor: 'abc', limit: '10', near: '53,27' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.pointer).sort()).toEqual(['#/cursor', '#/limit', '#/near']);
  });

  it('refuse a range that ends before it starts, naming "to", as the calendar does', () => {
    const result = validate(EventDownloadQuerySchema, { from: '2030-06-02T00:00:00Z', to: '2030-06-01T00:00:00Z' });
    expect(result).toEqual({ ok: false, issues: [{ pointer: '#/to', detail: 'Must be after "from"' }] });
  });
});

describe('the GeoJSON of places', () => {
  const feature = {
    type: 'Feature',
    id: '0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f0001',
    geometry: { type: 'Point', coordinates: [26.4729, 53.4513] },
    properties: {
      id: '0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f0001',
      slug: 'mir-castle',
      name: 'Mir Castle',
      kind: 'unesco-heritage',
      region: 'grodno-region',
      district: null,
      locale: 'en',
      url: 'https://portal.example/en/places/unesco-heritage/mir-castle',
    },
  };

  it('accepts a FeatureCollection of points', () => {
    expect(validate(PlaceFeatureCollectionSchema, { type: 'FeatureCollection', features: [feature] }).ok).toBe(true);
  });

  it('refuses a point that is not two numbers', () => {
    const bad = { ...feature, geometry: { type: 'Point', coordinates: [26.4729, 53.4513, 220] } };
    const result = validate(PlaceFeatureCollectionSchema, { type: 'FeatureCollection', features: [bad] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.pointer).toBe('#/features/0/geometry/coordinates');
  });
});
