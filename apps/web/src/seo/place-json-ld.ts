import type { Coordinates, OpeningHours, SiteKind } from '@kraina/core';

// schema.org JSON-LD for a place's page: the type that says what kind of place it is, and where it is, how to reach
// it and when it is open, the fields search engines' place and attraction listings read.

/** What a place's JSON-LD says about it. */
export interface PlaceFacts {
  kind: SiteKind;
  url: string;
  name: string;
  description?: string | undefined;
  coordinates: Coordinates;
  /** The street address as written, e.g. "2 Krasnoarmeyskaya St, Mir, Grodno region". */
  streetAddress?: string | undefined;
  /** The region's name in the page's language. */
  region?: string | undefined;
  imageUrls: readonly string[];
  telephone?: string | undefined;
  email?: string | undefined;
  /** The place's own website, which is not the page's address. */
  website?: string | undefined;
  openingHours?: OpeningHours | null | undefined;
}

/**
 * The schema.org type of each kind. A second type where the first alone undersells the place: a castle of the World
 * Heritage List is also an attraction, a sanatorium also lodges its guests.
 */
export const placeTypes: Record<SiteKind, readonly string[]> = {
  'tourist-site': ['TouristAttraction'],
  'unesco-heritage': ['LandmarksOrHistoricalBuildings', 'TouristAttraction'],
  sanatorium: ['HealthAndBeautyBusiness', 'LodgingBusiness'],
  'war-memorial': ['LandmarksOrHistoricalBuildings', 'TouristAttraction'],
  museum: ['Museum', 'TouristAttraction'],
  'nature-reserve': ['Park', 'TouristAttraction'],
};

const dayUris = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((day) => `https://schema.org/${day}`);

function openingHoursJsonLd(hours: OpeningHours): Record<string, unknown>[] {
  return hours.periods.map((period) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: period.days.map((day) => dayUris[day - 1]),
    opens: period.opens,
    closes: period.closes,
  }));
}

/** A schema.org place of the type its kind calls for, with its address, position, pictures, contacts and hours. */
export function placeJsonLd(facts: PlaceFacts): Record<string, unknown> {
  const types = placeTypes[facts.kind];
  const hasAddress = facts.streetAddress !== undefined || facts.region !== undefined;
  return {
    '@context': 'https://schema.org',
    '@type': types.length === 1 ? types[0] : types,
    '@id': facts.url,
    url: facts.url,
    name: facts.name,
    ...(facts.description ? { description: facts.description } : {}),
    geo: { '@type': 'GeoCoordinates', latitude: facts.coordinates.lat, longitude: facts.coordinates.lng },
    ...(hasAddress
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(facts.streetAddress ? { streetAddress: facts.streetAddress } : {}),
            ...(facts.region ? { addressRegion: facts.region } : {}),
          },
        }
      : {}),
    ...(facts.imageUrls.length > 0 ? { image: facts.imageUrls } : {}),
    ...(facts.telephone ? { telephone: facts.telephone } : {}),
    ...(facts.email ? { email: facts.email } : {}),
    ...(facts.website ? { sameAs: facts.website } : {}),
    ...(facts.openingHours && facts.openingHours.periods.length > 0 ? { openingHoursSpecification: openingHoursJsonLd(facts.openingHours) } : {}),
  };
}
