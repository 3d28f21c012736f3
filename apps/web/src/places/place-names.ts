import { type Locale, type SiteKind, SiteKindSchema } from '@kraina/core';
import { formatMessage, messagesFor } from '../locale/messages.js';

// Slugs name kinds, regions and profiles in the data; readers see them through ICU select messages, whose keys
// cannot hold a hyphen, so `tourist-site` is looked up as `tourist_site`.
const selectKey = (slug: string) => slug.replaceAll('-', '_');

/** Every kind of place, in the order the catalogue lists them. */
export const placeKinds: readonly SiteKind[] = SiteKindSchema.options;

/** The regions the catalogue's filter offers, as the API names them. */
export const placeRegions = ['brest', 'vitebsk', 'gomel', 'grodno', 'minsk-city', 'minsk-region', 'mogilev'] as const;

/** Whether a path segment names a kind of place. */
export function isPlaceKind(value: string): value is SiteKind {
  return SiteKindSchema.safeParse(value).success;
}

/** One place's kind in words: "UNESCO World Heritage Site". */
export function kindName(locale: Locale, kind: SiteKind): string {
  return formatMessage(locale, messagesFor(locale).placeKind, { kind: selectKey(kind) });
}

/** A kind as a catalogue heads it: "Sanatoria and health resorts". */
export function kindsName(locale: Locale, kind: SiteKind): string {
  return formatMessage(locale, messagesFor(locale).placeKinds, { kind: selectKey(kind) });
}

/** A region in words, or its slug when the site has no name for it. */
export function regionName(locale: Locale, region: string): string {
  return formatMessage(locale, messagesFor(locale).placesRegion, { region: selectKey(region) });
}

/** A value of one of a kind's own enumerations (a treatment profile, a protection status) through its select message. */
export function selectName(locale: Locale, message: string, field: string, value: string): string {
  return formatMessage(locale, message, { [field]: selectKey(value) });
}
