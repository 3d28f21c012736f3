import type { Coordinates, Locale } from '@kraina/core';
import { formatMessage, messagesFor } from '../locale/messages.js';
import { numberFormat } from '../locale/format-date.js';

/** A point as a reader of `locale` writes it: "53.4513° N, 26.4728° E", "53,4513° с. ш., 26,4728° в. д.". */
export function formatCoordinates({ lat, lng }: Coordinates, locale: Locale): string {
  // Four decimals is about ten metres: enough to find the gate, without pretending to survey precision.
  const degrees = numberFormat(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4, useGrouping: false });
  return formatMessage(locale, messagesFor(locale).placeLatLng, {
    lat: degrees.format(Math.abs(lat)),
    ns: lat >= 0 ? 'n' : 's',
    lng: degrees.format(Math.abs(lng)),
    ew: lng >= 0 ? 'e' : 'w',
  });
}

/** A distance in words, metres when close and kilometres beyond: "850 m", "12.4 km", "37 км". */
export function formatDistance(metres: number, locale: Locale): string {
  if (metres < 1000) {
    // To the nearest ten metres: the distance is between two points that each stand for a whole site.
    return numberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(Math.max(10, Math.round(metres / 10) * 10));
  }
  const kilometres = metres / 1000;
  return numberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: kilometres < 10 ? 1 : 0 }).format(kilometres);
}
