import type { Locale, SiteKind } from '@kraina/core';

/** What narrows a catalogue page: a region, and the cursor of the page after the first. */
export interface CatalogueView {
  region?: string | undefined;
  after?: string | undefined;
}

/** The catalogue of every place, or of one kind: `/en/places/`, `/en/places/museum/`. */
export function placesPath(locale: Locale, kind?: SiteKind): string {
  return kind === undefined ? `/${locale}/places/` : `/${locale}/places/${kind}/`;
}

/** A catalogue page with its region and page in the query, which links, the form and the canonical share. */
export function cataloguePath(locale: Locale, kind: SiteKind | undefined, view: CatalogueView = {}): string {
  const query = new URLSearchParams();
  if (view.region) query.set('region', view.region);
  if (view.after) query.set('after', view.after);
  const text = query.toString();
  return text === '' ? placesPath(locale, kind) : `${placesPath(locale, kind)}?${text}`;
}
