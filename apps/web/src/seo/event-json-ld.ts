import type { EventStatus } from '@kraina/core';

// schema.org Event for search engines' event listings: the fields Google's event guidelines ask for, and no more.

/** Where an event happens, as JSON-LD describes it: a physical place, or a stream. */
export type EventLocationFacts =
  | {
      type: 'place';
      name: string;
      /** The street address as written, e.g. "111 Pobediteley Avenue, Minsk". */
      streetAddress?: string | undefined;
      locality?: string | undefined;
      region?: string | undefined;
      coordinates?: { lat: number; lng: number } | undefined;
      /** The place's own page, when the portal has one. */
      url?: string | undefined;
    }
  | { type: 'online'; url: string };

/** A ticket price as the event's page states it. */
export interface OfferFacts {
  isFree: boolean;
  min?: number | undefined;
  max?: number | undefined;
  currency: string;
  url?: string | undefined;
}

/** What an Event needs to be listed by event search. */
export interface EventFacts {
  url: string;
  name: string;
  description?: string | undefined;
  inLanguage: string;
  /** An instant with its offset (`2026-12-05T19:00:00+03:00`), or a day (`2026-12-05`) for an all-day event. */
  startDate: string;
  endDate?: string | undefined;
  status: EventStatus;
  locations: readonly EventLocationFacts[];
  imageUrls: readonly string[];
  organizer?: string | undefined;
  offers?: OfferFacts | undefined;
}

const statusUris: Record<EventStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

function attendanceMode(facts: EventFacts): string {
  const isOnline = facts.status === 'moved-online' || facts.locations.some((l) => l.type === 'online');
  const isOffline = facts.status !== 'moved-online' && facts.locations.some((l) => l.type === 'place');
  if (isOnline && isOffline) return 'https://schema.org/MixedEventAttendanceMode';
  return isOnline ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode';
}

function locationJsonLd(location: EventLocationFacts): Record<string, unknown> {
  if (location.type === 'online') return { '@type': 'VirtualLocation', url: location.url };
  return {
    '@type': 'Place',
    name: location.name,
    ...(location.url ? { url: location.url } : {}),
    address: {
      '@type': 'PostalAddress',
      ...(location.streetAddress ? { streetAddress: location.streetAddress } : {}),
      ...(location.locality ? { addressLocality: location.locality } : {}),
      ...(location.region ? { addressRegion: location.region } : {}),
    },
    ...(location.coordinates ? { geo: { '@type': 'GeoCoordinates', latitude: location.coordinates.lat, longitude: location.coordinates.lng } } : {}),
  };
}

function offersJsonLd(offers: OfferFacts): Record<string, unknown> {
  const url = offers.url ? { url: offers.url } : {};
  if (offers.isFree) return { '@type': 'Offer', price: 0, priceCurrency: offers.currency, ...url };
  // A range is an AggregateOffer; one price is a plain Offer.
  if (offers.min !== undefined && offers.max !== undefined && offers.max > offers.min) {
    return { '@type': 'AggregateOffer', lowPrice: offers.min, highPrice: offers.max, priceCurrency: offers.currency, ...url };
  }
  const price = offers.min ?? offers.max;
  return { '@type': 'Offer', ...(price === undefined ? {} : { price }), priceCurrency: offers.currency, ...url };
}

/** A schema.org Event, with one location or, for a tour of several venues, a list of them. */
export function eventJsonLd(facts: EventFacts): Record<string, unknown> {
  const locations = facts.locations.map(locationJsonLd);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    url: facts.url,
    name: facts.name,
    ...(facts.description ? { description: facts.description } : {}),
    inLanguage: facts.inLanguage,
    startDate: facts.startDate,
    ...(facts.endDate ? { endDate: facts.endDate } : {}),
    eventStatus: statusUris[facts.status],
    eventAttendanceMode: attendanceMode(facts),
    ...(locations.length === 0 ? {} : { location: locations.length === 1 ? locations[0] : locations }),
    ...(facts.imageUrls.length > 0 ? { image: facts.imageUrls } : {}),
    ...(facts.organizer ? { organizer: { '@type': 'Organization', name: facts.organizer } } : {}),
    ...(facts.offers ? { offers: offersJsonLd(facts.offers) } : {}),
  };
}
