import { AppError, type Coordinates, type SiteListQuerySchema, type SitePage, type SiteView, distanceInMetres, localeChain } from '@kraina/core';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import type { ContentSettings } from '../content/content-settings.js';
import { toPublicView } from '../content/public-view.js';
import { idsWithSlug } from '../content/slug-lookup.js';
import { isVisibleIn } from '../content/visibility.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database } from '../db/database.js';
import { loadSiteSummaries, loadSites } from './site-rows.js';

type ListQuery = z.output<typeof SiteListQuerySchema>;

/** The filters of the places catalogue without paging, as the open-data exports take them. */
export type SiteFilters = Pick<ListQuery, 'kind' | 'region' | 'bbox'>;

// Nearest first is ordered by the haversine term h = sin²(Δφ/2) + cos φ₀·cos φ·sin²(Δλ/2), which grows with the
// great-circle distance (d = 2R·asin √h) and wraps at the antimeridian by itself. It is the same formula as core's
// distanceInMetres, so the order, the radius and the reported distances agree, and the cursor can hold the last h.
// Both engines have the trigonometry: PostgreSQL always, SQLite through the math functions better-sqlite3 builds in.
const earthRadiusMetres = 6_371_008.8; // as core's distanceInMetres
const toRadians = Math.PI / 180;

/** The most places one export holds; the catalogue of a country is a few thousand. */
const exportLimit = 50_000;

function invalidCursor(): AppError {
  return new AppError('invalid-input', 'The cursor is not one this API made', {
    issues: [{ pointer: '#/query/cursor', detail: 'Must be the nextCursor of a previous page' }],
  });
}

/** Public reads of places: published only, in the reader's locale along its chain, in a box or nearest a point. */
export function createSiteQueries({ db }: Database, settings: ContentSettings) {
  const chainOf = (locale: string) => localeChain(locale, settings.locales);

  async function views(ids: readonly string[], locale: string): Promise<SiteView[]> {
    const sites = [];
    // In slices: SQLite binds at most 32,766 parameters to one statement, and an export may list more places.
    for (let start = 0; start < ids.length; start += 5000) sites.push(...(await loadSites(db, ids.slice(start, start + 5000))));
    return sites.map((site) => toPublicView(site, locale, settings));
  }

  function nearnessOf(lat: number, lng: number): RawBuilder<number> {
    const cosLat = Math.cos(lat * toRadians);
    return sql<number>`(power(sin(radians(s.lat - ${lat}) / 2), 2) + ${cosLat} * cos(radians(s.lat)) * power(sin(radians(s.lng - ${lng}) / 2), 2))`;
  }

  function filtered(query: SiteFilters, locale: string) {
    let select = db
      .selectFrom('sites as s')
      .where('s.status', '=', 'published')
      .where(isVisibleIn('site_translations', sql.ref('s.id'), chainOf(locale)));
    if (query.kind !== undefined) select = select.where('s.kind', '=', query.kind);
    if (query.region !== undefined) select = select.where('s.region', '=', query.region);
    if (query.bbox !== undefined) {
      const [south = -90, west = -180, north = 90, east = 180] = query.bbox;
      select = select.where('s.lat', '>=', south).where('s.lat', '<=', north);
      // A box crossing the antimeridian (Chukotka to Alaska) has its west edge east of its east edge.
      select = west <= east ? select.where('s.lng', '>=', west).where('s.lng', '<=', east) : select.where((eb) => eb.or([eb('s.lng', '>=', west), eb('s.lng', '<=', east)]));
    }
    return select;
  }

  /** The page of a plain list: by slug, which is unique, with the id as the cursor's tie-break for safety. */
  async function byName(query: ListQuery, locale: string, limit: number): Promise<{ ids: string[]; next: string | null }> {
    let select = filtered(query, locale).select(['s.id', 's.slug']);
    if (query.cursor !== undefined) {
      const after = decodeCursor(query.cursor);
      select = select.where(sql<SqlBool>`(s.slug, s.id) > (${after.at}, ${after.id})`);
    }
    const rows = await select.orderBy('s.slug').orderBy('s.id').limit(limit + 1).execute();
    const last = rows[limit - 1];
    return { ids: rows.slice(0, limit).map((r) => r.id), next: rows.length > limit && last ? encodeCursor({ at: last.slug, id: last.id }) : null };
  }

  /** The page of a nearest-first list, keyed by the haversine term and the id, within `radius` when given. */
  async function byDistance(query: ListQuery, near: [number, number], locale: string, limit: number): Promise<{ ids: string[]; next: string | null }> {
    const [lat, lng] = near;
    const h = nearnessOf(lat, lng);
    let select = filtered(query, locale).select(['s.id', h.as('h')]);
    if (query.radius !== undefined) {
      const angle = query.radius / earthRadiusMetres;
      // No point further than the radius differs in latitude by more than its angle: a range the lat index serves.
      const latitudeSpan = Math.min(angle, Math.PI) / toRadians;
      select = select.where('s.lat', '>=', lat - latitudeSpan).where('s.lat', '<=', lat + latitudeSpan);
      select = select.where(sql<SqlBool>`${h} <= ${Math.sin(Math.min(angle, Math.PI) / 2) ** 2}`);
    }
    if (query.cursor !== undefined) {
      const after = decodeCursor(query.cursor);
      const lastH = Number(after.at);
      if (after.at === '' || !Number.isFinite(lastH)) throw invalidCursor();
      select = select.where(sql<SqlBool>`(${h} > ${lastH} or (${h} = ${lastH} and s.id > ${after.id}))`);
    }
    const rows = await select.orderBy(sql`h`).orderBy('s.id').limit(limit + 1).execute();
    const last = rows[limit - 1];
    return { ids: rows.slice(0, limit).map((r) => r.id), next: rows.length > limit && last ? encodeCursor({ at: String(Number(last.h)), id: last.id }) : null };
  }

  /** The ids of a page, by name or nearest first, and the point distances are measured from. */
  async function page(query: ListQuery, locale: string, limit: number) {
    const near = query.near as [number, number] | undefined;
    const found = near === undefined ? await byName(query, locale, limit) : await byDistance(query, near, locale, limit);
    return { ...found, point: near && { lat: near[0], lng: near[1] } };
  }

  /** Adds each item's distance from the query's point, to the decimetre. */
  function withDistances<T extends { coordinates: Coordinates; distanceMetres?: number }>(items: T[], point: Coordinates | undefined): T[] {
    if (point === undefined) return items;
    for (const item of items) item.distanceMetres = Math.round(distanceInMetres(point, item.coordinates) * 10) / 10;
    return items;
  }

  return {
    /** A published place by its main slug or its slug in any locale; a draft answers as if absent. */
    async findPublishedBySlug(slug: string, locale: string): Promise<SiteView | undefined> {
      const row = await db
        .selectFrom('sites as s')
        .select('s.id')
        .where('s.status', '=', 'published')
        .where('s.id', 'in', idsWithSlug('site', slug))
        .where(isVisibleIn('site_translations', sql.ref('s.id'), chainOf(locale)))
        .limit(1)
        .executeTakeFirst();
      return row ? (await views([row.id], locale))[0] : undefined;
    },

    /**
     * The catalogue: by slug, or nearest first with each place's distance in metres when `near` is given (within
     * `radius` metres if given); filtered by kind, region and a `south,west,north,east` box that may cross the
     * antimeridian.
     */
    async list(query: ListQuery, locale: string): Promise<SitePage> {
      const { ids, next, point } = await page(query, locale, query.limit);
      return { items: withDistances(await loadSiteSummaries(db, ids, chainOf(locale)), point), nextCursor: next };
    },

    /** Published places among `ids`, for naming the venues of events; others are left out. */
    async findPublishedByIds(ids: readonly string[], locale: string): Promise<SiteView[]> {
      if (ids.length === 0) return [];
      const rows = await filtered({}, locale).select('s.id').where('s.id', 'in', [...new Set(ids)]).execute();
      return views(rows.map((r) => r.id), locale);
    },

    /** Every published place matching the filters, by slug: for the GeoJSON and CSV downloads. */
    async listForExport(filters: SiteFilters, locale: string): Promise<SiteView[]> {
      const { ids } = await page({ ...filters, limit: exportLimit }, locale, exportLimit);
      return views(ids, locale);
    },
  };
}
