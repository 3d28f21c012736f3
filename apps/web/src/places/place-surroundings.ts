import type { EventOccurrence, KrainaClient, Locale, SiteSummary, SiteView } from '@kraina/core';
import { toTheMinute } from '../api/to-the-minute.js';

/** How far "nearby" reaches: a short drive, the distance a visitor would add to a day out. */
export const nearbyRadiusMetres = 30_000;
const nearbyShown = 6;
/** How far ahead a place's page looks for events held there. */
const eventsAheadDays = 365;
const eventsShown = 10;

/** The places nearest to `place` within the radius, nearest first, itself left out, each with its distance. */
export async function findNearbyPlaces(api: KrainaClient, place: SiteView, locale: Locale): Promise<SiteSummary[]> {
  const { lat, lng } = place.coordinates;
  // One more than shown, since the place itself is the nearest of all.
  const page = await api.listSites({ query: { near: `${lat},${lng}`, radius: nearbyRadiusMetres, locale, limit: nearbyShown + 1 } });
  return page.items.filter((other) => other.id !== place.id).slice(0, nearbyShown);
}

/** The next occurrence of each event held at `place` within a year from `now`, soonest first. */
export async function findEventsHeldAt(api: KrainaClient, place: SiteView, locale: Locale, now: Date): Promise<EventOccurrence[]> {
  const from = toTheMinute(now);
  const to = new Date(from.getTime() + eventsAheadDays * 86_400_000);
  const page = await api.listEvents({ query: { venue: place.id, from: from.toISOString(), to: to.toISOString(), locale, limit: 50 } });
  // A weekly tour would otherwise fill the list with itself; each event is listed once, at its next date.
  const seen = new Set<string>();
  return page.items.filter((occurrence) => !seen.has(occurrence.event.id) && seen.add(occurrence.event.id)).slice(0, eventsShown);
}
