import { SiteKindSchema } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { type PlaceFacts, placeJsonLd, placeTypes } from './place-json-ld.js';

const mir: PlaceFacts = {
  kind: 'unesco-heritage',
  url: 'https://portal.example/en/places/unesco-heritage/mir-castle-complex',
  name: 'Mir Castle Complex',
  description: 'A red-brick castle of the early sixteenth century.',
  coordinates: { lat: 53.4513, lng: 26.4728 },
  streetAddress: '2 Krasnoarmeyskaya Street, Mir',
  region: 'Grodno region',
  imageUrls: ['https://portal.example/media/1'],
  telephone: '+375 1596 28270',
  website: 'https://mirzamak.by',
  openingHours: { periods: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '10:00', closes: '18:00' }] },
};

describe('placeJsonLd', () => {
  it('gives every kind a schema.org type', () => {
    for (const kind of SiteKindSchema.options) expect(placeJsonLd({ ...mir, kind })['@type']).toEqual(placeTypes[kind].length === 1 ? placeTypes[kind][0] : placeTypes[kind]);
  });

  it.each([
    ['tourist-site', 'TouristAttraction'],
    ['unesco-heritage', 'LandmarksOrHistoricalBuildings'],
    ['war-memorial', 'LandmarksOrHistoricalBuildings'],
    ['sanatorium', 'HealthAndBeautyBusiness'],
    ['museum', 'Museum'],
    ['nature-reserve', 'Park'],
  ] as const)('describes a %s as a %s', (kind, type) => {
    expect([placeJsonLd({ ...mir, kind })['@type']].flat()).toContain(type);
  });

  it('says where the place is, what it looks like, how to reach it and when it is open', () => {
    expect(placeJsonLd(mir)).toEqual({
      '@context': 'https://schema.org',
      '@type': ['LandmarksOrHistoricalBuildings', 'TouristAttraction'],
      '@id': mir.url,
      url: mir.url,
      name: 'Mir Castle Complex',
      description: 'A red-brick castle of the early sixteenth century.',
      geo: { '@type': 'GeoCoordinates', latitude: 53.4513, longitude: 26.4728 },
      address: { '@type': 'PostalAddress', streetAddress: '2 Krasnoarmeyskaya Street, Mir', addressRegion: 'Grodno region' },
      image: ['https://portal.example/media/1'],
      telephone: '+375 1596 28270',
      sameAs: 'https://mirzamak.by',
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `https://schema.org/${d}`),
          opens: '10:00',
          closes: '18:00',
        },
      ],
    });
  });

  it('leaves out what the place does not have rather than writing empty values', () => {
    const bare = placeJsonLd({ kind: 'museum', url: mir.url, name: 'Museum', coordinates: mir.coordinates, imageUrls: [], openingHours: null });
    expect(Object.keys(bare)).toEqual(['@context', '@type', '@id', 'url', 'name', 'geo']);
  });
});
