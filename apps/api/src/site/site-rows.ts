import { type Coordinates, type ImageRef, type OpeningHours, type Site, type SiteKind, type SiteSummary, type SiteText, siteKindFields } from '@kraina/core';
import type { Kysely, Transaction } from 'kysely';
import { commonItemFields, groupByOwner, loadRelated, loadTags, textsByLocale } from '../content/owned-rows.js';
import { servedText } from '../content/public-view.js';
import { fromJson } from '../db/json.js';
import type { Tables } from '../db/tables.js';

type Queryable = Kysely<Tables> | Transaction<Tables>;

/** The fields proper to a place's kind, picked out of a whole place or an input: they live in one JSON column. */
export function kindFieldsOf(kind: SiteKind, value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(siteKindFields[kind]).flatMap((key) => (value[key] === undefined ? [] : [[key, value[key]]])));
}

/** Reads whole places by id, in the order given, with their translations, tags and links. */
export async function loadSites(db: Queryable, ids: readonly string[]): Promise<Site[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const [rows, texts, tagsOf, relatedOf] = await Promise.all([
    db.selectFrom('sites').selectAll().where('id', 'in', unique).execute(),
    db.selectFrom('site_translations').selectAll().where('site_id', 'in', unique).execute(),
    loadTags(db, 'site', unique),
    loadRelated(db, 'site', unique),
  ]);
  const textsOf = groupByOwner(texts, (text) => text.site_id);
  const byId = new Map(
    rows.map((row) => {
      const translations: Record<string, SiteText> = textsByLocale(textsOf(row.id), (t) => ({
        name: t.name,
        ...(t.summary === null ? {} : { summary: t.summary }),
        description: fromJson(t.description_json) as SiteText['description'],
        ...(t.address === null ? {} : { address: t.address }),
      }));
      // The kind's own fields were validated by its member of the union on the way in, so the union holds.
      const site = {
        ...(fromJson<Record<string, unknown>>(row.kind_fields_json) ?? {}),
        id: row.id,
        slug: row.slug,
        kind: row.kind,
        status: row.status,
        translations,
        region: row.region,
        district: row.district,
        coordinates: { lat: row.lat, lng: row.lng },
        openingHours: fromJson<OpeningHours>(row.opening_hours_json),
        contacts: fromJson<Site['contacts']>(row.contacts_json) ?? { phones: [] },
        image: fromJson<ImageRef>(row.image_json),
        gallery: fromJson<ImageRef[]>(row.gallery_json) ?? [],
        ...commonItemFields(row, tagsOf, relatedOf),
      } as Site;
      return [row.id, site] as const;
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Reads catalogue items by id, in the order given: each place in the first locale of `chain` it is published in,
 * without its description, gallery, contacts or kind's fields. Callers have already checked visibility.
 */
export async function loadSiteSummaries(db: Queryable, ids: readonly string[], chain: readonly string[]): Promise<SiteSummary[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const [rows, texts] = await Promise.all([
    db.selectFrom('sites').select(['id', 'slug', 'kind', 'region', 'district', 'lat', 'lng', 'image_json', 'updated_at']).where('id', 'in', unique).execute(),
    db.selectFrom('site_translations').select(['site_id', 'locale', 'name', 'summary', 'address', 'slug']).where('site_id', 'in', unique).where('status', '=', 'published').execute(),
  ]);
  const publishedOf = groupByOwner(texts, (text) => text.site_id);
  const byId = new Map<string, SiteSummary>();
  for (const row of rows) {
    const text = servedText(publishedOf(row.id), chain);
    if (!text) continue;
    const { served, locales } = text;
    byId.set(row.id, {
      id: row.id,
      slug: row.slug,
      kind: row.kind as SiteKind,
      region: row.region,
      district: row.district,
      coordinates: { lat: row.lat, lng: row.lng } satisfies Coordinates,
      image: fromJson<ImageRef>(row.image_json),
      servedLocale: served.locale,
      name: served.name,
      ...(served.summary === null ? {} : { summary: served.summary }),
      ...(served.address === null ? {} : { address: served.address }),
      ...(served.slug === null ? {} : { localizedSlug: served.slug }),
      locales,
      updatedAt: row.updated_at,
    });
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
