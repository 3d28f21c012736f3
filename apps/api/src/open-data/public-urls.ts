import { type EventView, type SiteView, eventPagePath, placePagePath } from '@kraina/core';

// The public site's addresses of a place and an event (see PRODUCT.md, "Public web"): open-data files link
// every record to its page, so a reader of the data can check it against the portal.

function joined(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/** The page of a place for a reader of `locale`, e.g. https://example.by/en/places/museum/mir-castle. */
export function placeUrl(baseUrl: string, locale: string, place: Pick<SiteView, 'kind' | 'slug'>): string {
  return joined(baseUrl, placePagePath(locale, place));
}

/** The page of an event for a reader of `locale`, e.g. https://example.by/en/events/slavianski-bazaar. */
export function eventUrl(baseUrl: string, locale: string, event: Pick<EventView, 'slug'>): string {
  return joined(baseUrl, eventPagePath(locale, event));
}
