import { describe, expect, it } from 'vitest';
import { type EventFacts, eventJsonLd } from './event-json-ld.js';

const concert: EventFacts = {
  url: 'https://portal.example/en/events/organ-evenings',
  name: 'Organ evenings',
  description: 'Bach in the cathedral.',
  inLanguage: 'en',
  startDate: '2026-12-05T19:00:00+03:00',
  endDate: '2026-12-05T20:30:00+03:00',
  status: 'scheduled',
  locations: [{ type: 'place', name: 'Saint Sophia Cathedral', streetAddress: '1 Zamkovaya Street', locality: 'Polotsk', coordinates: { lat: 55.48, lng: 28.75 } }],
  imageUrls: ['https://portal.example/media/1'],
  organizer: 'Polotsk Philharmonic',
  offers: { isFree: false, min: 10, max: 20, currency: 'BYN', url: 'https://tickets.example/organ' },
};

describe('eventJsonLd', () => {
  it('describes an event at a place with its address, map point, offset times, price range and organiser', () => {
    expect(eventJsonLd(concert)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      url: concert.url,
      name: 'Organ evenings',
      description: 'Bach in the cathedral.',
      inLanguage: 'en',
      startDate: '2026-12-05T19:00:00+03:00',
      endDate: '2026-12-05T20:30:00+03:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Saint Sophia Cathedral',
        address: { '@type': 'PostalAddress', streetAddress: '1 Zamkovaya Street', addressLocality: 'Polotsk' },
        geo: { '@type': 'GeoCoordinates', latitude: 55.48, longitude: 28.75 },
      },
      image: ['https://portal.example/media/1'],
      organizer: { '@type': 'Organization', name: 'Polotsk Philharmonic' },
      offers: { '@type': 'AggregateOffer', lowPrice: 10, highPrice: 20, priceCurrency: 'BYN', url: 'https://tickets.example/organ' },
    });
  });

  it('names each status by its schema.org address', () => {
    expect(eventJsonLd({ ...concert, status: 'cancelled' }).eventStatus).toBe('https://schema.org/EventCancelled');
    expect(eventJsonLd({ ...concert, status: 'postponed' }).eventStatus).toBe('https://schema.org/EventPostponed');
    expect(eventJsonLd({ ...concert, status: 'moved-online' }).eventStatus).toBe('https://schema.org/EventMovedOnline');
  });

  it('makes a streamed event a VirtualLocation attended online, and one also at a place a mixed one', () => {
    const online = eventJsonLd({ ...concert, locations: [{ type: 'online', url: 'https://live.example/organ' }] });
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://live.example/organ' });
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    const mixed = eventJsonLd({ ...concert, locations: [...concert.locations, { type: 'online', url: 'https://live.example/organ' }] });
    expect(mixed.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(mixed.location).toHaveLength(2);
  });

  it('counts an event moved online as online, even though its page still names the hall', () => {
    expect(eventJsonLd({ ...concert, status: 'moved-online' }).eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
  });

  it('offers free entry at price 0, one price as a plain Offer, and leaves out what the event does not have', () => {
    expect(eventJsonLd({ ...concert, offers: { isFree: true, currency: 'BYN' } }).offers).toEqual({ '@type': 'Offer', price: 0, priceCurrency: 'BYN' });
    expect(eventJsonLd({ ...concert, offers: { isFree: false, min: 15, currency: 'BYN' } }).offers).toEqual({ '@type': 'Offer', price: 15, priceCurrency: 'BYN' });
    const bare = eventJsonLd({ ...concert, description: undefined, endDate: undefined, imageUrls: [], organizer: undefined, offers: undefined, locations: [] });
    for (const field of ['description', 'endDate', 'image', 'organizer', 'offers', 'location']) expect(bare).not.toHaveProperty(field);
  });
});
