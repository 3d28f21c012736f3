import { type CreateEventInput, type EventOccurrencePage, type EventSessionInput, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';

// `venue` on the events calendar: the events a place's page lists as held there, matched per session, on both the
// stored occurrences and those expanded beyond the stored horizon.

const paragraphs = (text: string) => richTextFromParagraphs([text]);
const published = { status: 'published', publishedAt: '2026-01-01T00:00:00Z', locales: { en: 'published' } } as const;

describeEachDatabase('the events calendar filtered by venue', (dialect) => {
  const testApp = useTestApp(dialect);
  let museumId = '';
  let castleId = '';

  async function publishEvent(title: string, schedule: EventSessionInput[]) {
    const input: CreateEventInput = { category: 'exhibition', translations: { en: { title, description: paragraphs(`${title}.`) } }, schedule };
    const created = await testApp.stores.events.create(input);
    return testApp.stores.events.changeWorkflow(created.id, published);
  }

  async function calendar(query: Record<string, string>): Promise<request.Response> {
    return request(testApp.app).get('/api/v1/events').query({ limit: '100', ...query });
  }

  const titlesOf = (res: request.Response) => (res.body as EventOccurrencePage).items.map((o) => `${o.event.translations.en?.title} #${o.sessionIndex}`);

  beforeAll(async () => {
    const place = async (kind: 'museum' | 'tourist-site', name: string) => {
      const site = await testApp.stores.sites.create({ kind, region: 'minsk', coordinates: { lat: 53.9, lng: 27.56 }, translations: { en: { name, description: paragraphs(name) } } });
      return site.id;
    };
    museumId = await place('museum', 'History Museum');
    castleId = await place('tourist-site', 'Old Castle');
    const atMuseum = { type: 'site', siteId: museumId } as const;
    const atCastle = { type: 'site', siteId: castleId } as const;
    await publishEvent('Museum night', [{ start: '2031-05-18T18:00', end: '2031-05-18T23:00', venue: atMuseum }]);
    // A touring show: only its session at the museum is held there.
    await publishEvent('Touring show', [
      { start: '2031-05-10T19:00', end: '2031-05-10T21:00', venue: atCastle },
      { start: '2031-05-12T19:00', end: '2031-05-12T21:00', venue: atMuseum },
    ]);
    await publishEvent('Castle fair', [{ start: '2031-05-20T10:00', end: '2031-05-20T18:00', venue: atCastle }]);
    await publishEvent('Street parade', [{ start: '2031-05-21T10:00', end: '2031-05-21T12:00', venue: { type: 'address', address: { en: 'Main Street' } } }]);
    // Weekly without end: occurrences years ahead are expanded on reading, past what the store keeps.
    await publishEvent('Weekly tour', [{ start: '2031-05-06T11:00', end: '2031-05-06T12:00', rrule: 'FREQ=WEEKLY', venue: atMuseum }]);
  });

  it('lists only the sessions held at the place, in calendar order', async () => {
    const res = await calendar({ from: '2031-05-01T00:00:00Z', to: '2031-06-01T00:00:00Z', venue: museumId });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(titlesOf(res)).toEqual(['Weekly tour #0', 'Touring show #1', 'Weekly tour #0', 'Museum night #0', 'Weekly tour #0', 'Weekly tour #0']);
  });

  it('keeps other places’ sessions apart, and lists everything without the filter', async () => {
    const range = { from: '2031-05-01T00:00:00Z', to: '2031-06-01T00:00:00Z' };
    expect(titlesOf(await calendar({ ...range, venue: castleId }))).toEqual(['Touring show #0', 'Castle fair #0']);
    expect(titlesOf(await calendar(range))).toContain('Street parade #0');
  });

  it('finds occurrences beyond the stored horizon at the place', async () => {
    const res = await calendar({ from: '2045-01-01T00:00:00Z', to: '2045-01-15T00:00:00Z', venue: museumId });
    expect(res.status).toBe(200);
    expect(titlesOf(res)).toEqual(['Weekly tour #0', 'Weekly tour #0']);
  });

  it('answers an empty page for a place with no events, and 422 for a venue that is not an id', async () => {
    const empty = await calendar({ from: '2031-05-01T00:00:00Z', to: '2031-06-01T00:00:00Z', venue: crypto.randomUUID() });
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ items: [], nextCursor: null });
    const bad = await calendar({ venue: 'history-museum' });
    expect(bad.status).toBe(422);
    expect(bad.type).toBe('application/problem+json');
    expect(bad.body).toMatchObject({ errors: [{ pointer: '#/query/venue' }] });
  });
});
