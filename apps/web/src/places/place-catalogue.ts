import { CursorSchema, type Locale, type SiteKind, SlugSchema } from '@kraina/core';
import type { Request, Response } from 'express';
import { createElement } from 'react';
import type { BreadcrumbStep } from '../layout/breadcrumbs.js';
import { formatMessage, messagesFor } from '../locale/messages.js';
import { siteLocales } from '../locale/site-locales.js';
import { loadImages } from '../media/load-image.js';
import { loadOrMissing } from '../news/load-or-missing.js';
import { sendCacheablePage } from '../render/send-page.js';
import type { PageMeta } from '../seo/page-head.js';
import { breadcrumbListJsonLd } from '../seo/structured-data.js';
import { type SiteContext, frameOf } from '../site-context.js';
import { PlaceCataloguePage } from './place-catalogue-page.js';
import { kindsName } from './place-names.js';
import { type CatalogueView, cataloguePath, placesPath } from './place-paths.js';

/** How many places a catalogue page lists (and pins on its map). */
const cataloguePageSize = 24;

/**
 * The region and page a catalogue request asks for, or undefined when the query names neither a region nor a page
 * a reader could reach (a region that is not a slug, a cursor this site did not write, a repeated parameter).
 */
export function catalogueViewOf(query: Request['query']): CatalogueView | undefined {
  const { region, after } = query;
  if (region !== undefined && (typeof region !== 'string' || (region !== '' && !SlugSchema.safeParse(region).success))) return undefined;
  if (after !== undefined && (typeof after !== 'string' || !CursorSchema.safeParse(after).success)) return undefined;
  return { region: region === '' ? undefined : region, after };
}

/** The breadcrumb steps down to a catalogue: home, places, and the kind. */
export function catalogueSteps(locale: Locale, kind: SiteKind | undefined): BreadcrumbStep[] {
  const t = messagesFor(locale);
  const steps = [
    { name: t.home, path: `/${locale}/` },
    { name: t.placesHeading, path: placesPath(locale) },
  ];
  return kind === undefined ? steps : [...steps, { name: kindsName(locale, kind), path: placesPath(locale, kind) }];
}

/**
 * Sends one page of the places catalogue, of a kind or of all, in a region when asked; answers false when the
 * address names no such page, so the route moves on to the 404 page.
 */
export async function sendPlaceCatalogue(site: SiteContext, req: Request, res: Response, locale: Locale, kind: SiteKind | undefined): Promise<boolean> {
  const view = catalogueViewOf(req.query);
  if (view === undefined) return false;
  // "All regions" submits an empty region; the list without one has one address.
  if (req.query.region === '') {
    res.redirect(301, cataloguePath(locale, kind, view));
    return true;
  }
  const query = { locale, limit: cataloguePageSize, ...(kind ? { kind } : {}), ...(view.region ? { region: view.region } : {}), ...(view.after ? { cursor: view.after } : {}) };
  const page = await loadOrMissing(site.api.listSites({ query }));
  // A cursor the API refuses, or one that has run past the end, names no page.
  if (page === undefined || (view.after !== undefined && page.items.length === 0)) return false;
  const images = await loadImages(site, page.items.flatMap((place) => (place.image ? [place.image.mediaId] : [])));

  const t = messagesFor(locale);
  const heading = kind === undefined ? t.placesHeading : kindsName(locale, kind);
  const description = kind === undefined ? t.placesDescription : formatMessage(locale, t.placesKindDescription, { kind: heading });
  const steps = catalogueSteps(locale, kind);
  const pathIn = (l: Locale) => cataloguePath(l, kind, view);
  const meta: PageMeta = {
    canonicalPath: pathIn(locale),
    alternates: Object.fromEntries(siteLocales.locales.map((l) => [l, pathIn(l)])),
    ogType: 'website',
    jsonLd: [breadcrumbListJsonLd(steps.map((s) => ({ name: s.name, url: new URL(s.path, site.siteUrl).href })))],
  };
  const element = createElement(PlaceCataloguePage, {
    frame: frameOf(site, locale, pathIn),
    kind,
    region: view.region,
    heading,
    description,
    trail: steps,
    places: page.items,
    images,
    moreHref: page.nextCursor === null ? undefined : cataloguePath(locale, kind, { region: view.region, after: page.nextCursor }),
    firstHref: view.after === undefined ? undefined : cataloguePath(locale, kind, { region: view.region }),
    tiles: site.mapTiles,
    meta,
  });
  sendCacheablePage(res, element, site.pageCache);
  return true;
}
