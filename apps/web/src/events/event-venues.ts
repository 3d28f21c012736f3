import type { EventSchedule, KrainaClient, Locale, SiteSummary } from '@kraina/core';

// A session names its venue by the place's id, and the API's public reads find places by slug or by filters, not by
// id (as the article page's related items found too). The catalogue is read page by page, kept briefly by the API
// cache, until every venue is found; a portal with more places than the cap shows the venue without its link.
const pageSize = 100;
const maxPages = 10;

/** The catalogued places a schedule's sessions happen at, by id. */
export async function findVenuePlaces(api: KrainaClient, schedule: EventSchedule, locale: Locale): Promise<Map<string, SiteSummary>> {
  const wanted = new Set(schedule.flatMap((session) => (session.venue?.type === 'site' ? [session.venue.siteId] : [])));
  const found = new Map<string, SiteSummary>();
  let cursor: string | undefined;
  for (let page = 0; page < maxPages && found.size < wanted.size; page += 1) {
    const answer = await api.listSites({ query: { locale, limit: pageSize, ...(cursor === undefined ? {} : { cursor }) } });
    for (const place of answer.items) if (wanted.has(place.id)) found.set(place.id, place);
    if (answer.nextCursor === null) break;
    cursor = answer.nextCursor;
  }
  return found;
}
