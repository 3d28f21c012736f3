import type { SiteView } from '@kraina/core';
import { placeUrl } from './public-urls.js';
import { toCsv } from './spreadsheet-cell.js';

const columns = ['id', 'slug', 'kind', 'name', 'locale', 'region', 'district', 'lat', 'lng', 'address', 'phone', 'email', 'website', 'url'] as const;

/** The published places as CSV, one row each, keyed by their stable ids, in the locale each was served in. */
export function placesToCsv(places: readonly SiteView[], options: { locale: string; baseUrl: string }): string {
  return toCsv(
    columns,
    places.map((place) => {
      const text = place.translations[place.servedLocale];
      return {
        id: place.id,
        slug: place.slug,
        kind: place.kind,
        name: text?.name ?? place.slug,
        locale: place.servedLocale,
        region: place.region,
        district: place.district,
        lat: place.coordinates.lat,
        lng: place.coordinates.lng,
        address: text?.address,
        phone: place.contacts.phones.join('; '),
        email: place.contacts.email,
        website: place.contacts.website,
        url: placeUrl(options.baseUrl, options.locale, place),
      };
    }),
  );
}
