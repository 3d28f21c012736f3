import type { RouteName, Routes } from '@kraina/core';

/** Every public read of the API: a route added to core's table does not compile here until the soak reads it too. */
export type PublicRead = { [Name in RouteName]: Routes[Name] extends { method: 'GET'; access: 'public' } ? Name : never }[RouteName];

/** What the soak found in the portal before the run, so every read asks for something that exists. */
export interface SoakFixtures {
  locale: string;
  articleSlugs: readonly string[];
  articleIds: readonly string[];
  eventSlugs: readonly string[];
  eventIds: readonly string[];
  siteSlugs: readonly string[];
  siteIds: readonly string[];
  sectionSlugs: readonly string[];
  mediaIds: readonly string[];
  previewToken: string;
  redirectPath: string;
  searchTerms: readonly string[];
  /** The month the calendars are asked for, and the range the event lists cover. */
  year: number;
  month: number;
  from: string;
  to: string;
}

const pick = (values: readonly string[], turn: number) => values[turn % values.length] ?? '';

// The address of each read under /api/v1, varied by `turn` so a run is not one cached answer over and over.
const reads: Record<PublicRead, (f: SoakFixtures, turn: number) => string> = {
  listArticles: (f, turn) => `/articles?locale=${f.locale}&limit=20${turn % 2 === 0 ? '' : `&section=${pick(f.sectionSlugs, turn)}`}`,
  getArticle: (f, turn) => `/articles/${pick(f.articleSlugs, turn)}?locale=${f.locale}`,
  countArticlesByDay: (f) => `/calendar/articles?year=${f.year}&month=${f.month}&locale=${f.locale}`,
  listEvents: (f) => `/events?from=${f.from}&to=${f.to}&locale=${f.locale}`,
  downloadEventsCsv: (f) => `/events.csv?from=${f.from}&to=${f.to}&locale=${f.locale}`,
  downloadEventsICalendar: (f) => `/events.ics?locale=${f.locale}`,
  getEventICalendar: (f, turn) => `/events/${pick(f.eventSlugs, turn)}.ics?locale=${f.locale}`,
  getEvent: (f, turn) => `/events/${pick(f.eventSlugs, turn)}?locale=${f.locale}`,
  listEventSitemap: () => '/sitemap/events',
  countEventsByDay: (f) => `/calendar/events?year=${f.year}&month=${f.month}&locale=${f.locale}`,
  listSites: (f) => `/sites?locale=${f.locale}&limit=20`,
  downloadSitesGeoJson: (f) => `/sites.geojson?locale=${f.locale}`,
  downloadSitesCsv: (f) => `/sites.csv?locale=${f.locale}`,
  getSite: (f, turn) => `/sites/${pick(f.siteSlugs, turn)}?locale=${f.locale}`,
  listSections: () => '/sections',
  readPreview: (f) => `/previews/${f.previewToken}`,
  listShowingAlerts: () => '/alerts',
  lookupRedirect: (f) => `/redirects/lookup?path=${encodeURIComponent(f.redirectPath)}`,
  getPublicMedia: (f, turn) => `/media/${pick(f.mediaIds, turn)}/public`,
  search: (f, turn) => `/search?q=${encodeURIComponent(pick(f.searchTerms, turn))}&locale=${f.locale}`,
  lookupRelated: (f, turn) =>
    `/related?articles=${pick(f.articleIds, turn)}&events=${pick(f.eventIds, turn)}&sites=${pick(f.siteIds, turn)}&locale=${f.locale}`,
  getContentVersion: () => '/changes',
};

// Readers open articles far more often than anything else; every other read still comes round in each second.
const weights: Partial<Record<PublicRead, number>> = { getArticle: 6, listArticles: 3, getEvent: 2, getSite: 2, search: 2 };

/** The reads in the order the soak cycles through them, each as often as its weight. */
export const readCycle: readonly PublicRead[] = (Object.keys(reads) as PublicRead[]).flatMap((name) => Array<PublicRead>(weights[name] ?? 1).fill(name));

/** The address under /api/v1 of the `turn`th read of `name`. */
export function readPath(name: PublicRead, fixtures: SoakFixtures, turn: number): string {
  return reads[name](fixtures, turn);
}
