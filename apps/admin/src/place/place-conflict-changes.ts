import { type Site, richTextToPlainText } from '@kraina/core';
import type { ConflictingField } from '../editing/conflict-panel.js';
import type { PlaceFormValues } from './place-form-values.js';

const coordinatesText = (point: { lat: number; lng: number }) => `${point.lat}, ${point.lng}`;

/**
 * Where the version someone else saved differs from what this editor has in the form: kind, region, district and
 * coordinates, then each locale's name, summary, address and description (as plain text). Agreeing fields are left out.
 */
export function conflictingPlaceFields(theirs: Site, mine: PlaceFormValues): ConflictingField[] {
  const pairs: [string, string, string][] = [
    ['kind', theirs.kind, mine.kind],
    ['region', theirs.region, mine.region],
    ['district', theirs.district ?? '', mine.district],
    ['coordinates', coordinatesText(theirs.coordinates), coordinatesText(mine.coordinates)],
  ];
  const locales = [...new Set([...Object.keys(theirs.translations), ...Object.keys(mine.translations)])].sort();
  for (const locale of locales) {
    const their = theirs.translations[locale];
    const my = mine.translations[locale];
    pairs.push(
      [`${locale} · name`, their?.name ?? '', my?.name ?? ''],
      [`${locale} · summary`, their?.summary ?? '', my?.summary ?? ''],
      [`${locale} · address`, their?.address ?? '', my?.address ?? ''],
      [`${locale} · description`, their ? richTextToPlainText(their.description) : '', my ? richTextToPlainText(my.description) : ''],
    );
  }
  return pairs.filter(([, a, b]) => a.trim() !== b.trim()).map(([field, a, b]) => ({ field, theirs: a, mine: b }));
}
