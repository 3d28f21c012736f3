import { type FieldIssue, type RichText, SiteKindSchema, richTextFromParagraphs, siteKindFields } from '@kraina/core';
import { htmlToRichText } from './html-to-rich-text.js';
import { SourceFileError, type SourceRecord, positionOf } from './source-record.js';
import { jsonArrayElementLines, linesAt } from './source-positions.js';

// Places from a GeoJSON FeatureCollection (RFC 7946): one place per Point feature. Positions are [longitude,
// latitude]; a pair the wrong way round is the commonest mistake in such files, so a point that is only valid, or only
// inside the file's bbox, when swapped is refused with that reason rather than placed in the wrong country.

/** Where the places go: the locale of their text, the portal's locales, and the kind and region when features name none. */
export interface PlaceTarget {
  locale: string;
  locales: readonly string[];
  kind: string;
  region: string | undefined;
}

type Json = Record<string, unknown>;
type BoundingBox = { west: number; south: number; east: number; north: number };

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** RFC 7946 5: [west, south, east, north], or with heights [west, south, low, east, north, high]. */
function boxOf(value: unknown): BoundingBox | undefined {
  if (!Array.isArray(value) || !value.every((n) => typeof n === 'number')) return undefined;
  const n: number[] = value;
  if (n.length === 4) return { west: n[0] as number, south: n[1] as number, east: n[2] as number, north: n[3] as number };
  if (n.length === 6) return { west: n[0] as number, south: n[1] as number, east: n[3] as number, north: n[4] as number };
  return undefined;
}

function isInRange(lng: number, lat: number): boolean {
  return lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90;
}

function isInBox(lng: number, lat: number, box: BoundingBox): boolean {
  const inLng = box.west <= box.east ? lng >= box.west && lng <= box.east : lng >= box.west || lng <= box.east; // across the antimeridian
  return inLng && lat >= box.south && lat <= box.north;
}

/** The point's coordinates, or an issue saying what is wrong with them. */
function coordinatesOf(geometry: unknown, box: BoundingBox | undefined, issues: FieldIssue[]): { lat: number; lng: number } | undefined {
  if (!isObject(geometry)) {
    issues.push({ pointer: '#/geometry', detail: 'The feature has no geometry; a place needs a Point' });
    return undefined;
  }
  if (geometry.type !== 'Point') {
    issues.push({ pointer: '#/geometry/type', detail: `Only Point features become places; this is a ${String(geometry.type)}` });
    return undefined;
  }
  const position = geometry.coordinates;
  if (!Array.isArray(position) || position.length < 2 || !position.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    issues.push({ pointer: '#/geometry/coordinates', detail: 'Must be [longitude, latitude] in numbers' });
    return undefined;
  }
  const [lng, lat] = position as [number, number];
  const swapped = 'it looks like [latitude, longitude]; GeoJSON gives [longitude, latitude] (RFC 7946 3.1.1)';
  if (!isInRange(lng, lat)) {
    const detail = isInRange(lat, lng) ? `[${lng}, ${lat}] is out of range: ${swapped}` : `[${lng}, ${lat}] is out of range: longitude must be -180…180, latitude -90…90`;
    issues.push({ pointer: '#/geometry/coordinates', detail });
    return undefined;
  }
  if (box && !isInBox(lng, lat, box)) {
    const detail = isInBox(lat, lng, box) ? `[${lng}, ${lat}] is outside the bbox: ${swapped}` : `[${lng}, ${lat}] is outside the bbox [${box.west}, ${box.south}, ${box.east}, ${box.north}]`;
    issues.push({ pointer: '#/geometry/coordinates', detail });
    return undefined;
  }
  return { lat, lng };
}

/** A description given as plain text or as HTML. */
function descriptionOf(value: unknown): RichText {
  const text = textOf(value);
  if (text === undefined) return { type: 'doc', content: [] };
  if (/<[a-z][\s\S]*>/i.test(text)) return htmlToRichText(text);
  return richTextFromParagraphs(text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== ''));
}

function placeRecord(feature: unknown, position: string, collectionBox: BoundingBox | undefined, target: PlaceTarget): SourceRecord {
  const issues: FieldIssue[] = [];
  const empty = { position, sourceId: undefined, oldUrl: undefined, publishedAt: undefined, input: {} };
  if (!isObject(feature) || feature.type !== 'Feature') return { ...empty, issues: [{ pointer: '#/type', detail: 'Must be a Feature' }] };
  const properties = isObject(feature.properties) ? feature.properties : {};
  const rawId = feature.id ?? properties.id;
  const sourceId = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
  if (sourceId === undefined) issues.push({ pointer: '#/id', detail: 'The feature has no id, so a re-import could not find it' });
  const coordinates = coordinatesOf(feature.geometry, boxOf(feature.bbox) ?? collectionBox, issues);
  const kind = textOf(properties.kind) ?? target.kind;
  if (!SiteKindSchema.safeParse(kind).success) issues.push({ pointer: '#/properties/kind', detail: `"${kind}" is not a kind of place (${SiteKindSchema.options.join(', ')})` });
  const kindFields = Object.fromEntries(
    Object.keys(siteKindFields[kind as keyof typeof siteKindFields] ?? {}).flatMap((key) => (properties[key] === undefined ? [] : [[key, properties[key]]])),
  );
  const name = textOf(properties[`name:${target.locale}`]) ?? textOf(properties.name) ?? '';
  const address = textOf(properties.address);
  const translations: Record<string, unknown> = {
    [target.locale]: { name, description: descriptionOf(properties.description), ...(address === undefined ? {} : { address }) },
  };
  // Names in other locales, in the spelling OpenStreetMap uses (`name:be`), become translations of their own.
  for (const locale of target.locales) {
    const translated = textOf(properties[`name:${locale}`]);
    if (locale !== target.locale && translated !== undefined) translations[locale] = { name: translated, description: { type: 'doc', content: [] } };
  }
  const website = textOf(properties.website);
  const phone = textOf(properties.phone);
  const email = textOf(properties.email);
  const region = textOf(properties.region) ?? target.region;
  return {
    position,
    sourceId,
    oldUrl: textOf(properties.url),
    publishedAt: undefined,
    input: {
      kind,
      translations,
      ...(region === undefined ? {} : { region }),
      ...(textOf(properties.district) === undefined ? {} : { district: textOf(properties.district) }),
      ...(coordinates === undefined ? {} : { coordinates }),
      ...(website || phone || email ? { contacts: { phones: phone ? [phone] : [], ...(email ? { email } : {}), ...(website ? { website } : {}) } } : {}),
      ...kindFields,
    },
    issues,
  };
}

/**
 * Reads a GeoJSON FeatureCollection into one record per feature, in the file's order. Throws a SourceFileError,
 * naming the line, when the text is not JSON or not a FeatureCollection.
 */
export function readGeoJson(text: string, target: PlaceTarget): SourceRecord[] {
  let collection: unknown;
  try {
    collection = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message)?.[1];
    const where = at === undefined ? '' : ` at line ${linesAt(text, [Number(at)])[0]}`;
    throw new SourceFileError(`Not valid JSON${where}: ${message}`);
  }
  if (!isObject(collection) || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new SourceFileError('Not a GeoJSON FeatureCollection: it needs "type": "FeatureCollection" and a "features" array');
  }
  const lines = jsonArrayElementLines(text, 'features');
  const box = boxOf(collection.bbox);
  return collection.features.map((feature, index) => placeRecord(feature, positionOf(lines, index, 'feature'), box, target));
}
