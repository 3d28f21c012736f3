import { getIssues } from '@placemarkio/check-geojson';
import {
  type CreateEventInput,
  type CreateSiteInput,
  type EventView,
  PlaceFeatureCollectionSchema,
  type Problem,
  type Site,
  richTextFromParagraphs,
} from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { readCalendar } from './read-calendar.js';
import { parseCsv } from './test-content.js';

const june2035 = 'from=2035-06-01T00:00:00Z&to=2035-07-01T00:00:00Z';
const description = (text: string) => richTextFromParagraphs([text]);

const place = (name: string, extra: Partial<CreateSiteInput>): CreateSiteInput =>
  ({ kind: 'tourist-site', region: 'minsk-region', coordinates: { lat: 53.9, lng: 27.56 }, translations: { en: { name, description: description(name) } }, ...extra }) as CreateSiteInput;

const event = (title: string, extra: Partial<CreateEventInput>): CreateEventInput => ({
  category: 'concert',
  translations: { en: { title, description: description(title) } },
  schedule: [{ start: '2035-06-10T19:00', end: '2035-06-10T21:00', timeZone: 'Europe/Minsk', city: { en: 'Minsk', ru: 'Минск' }, region: 'minsk' }],
  ...extra,
});

/** The rows of a CSV answer as records keyed by its header. */
function recordsOf(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i] ?? ''])));
}

describeEachDatabase('the open-data downloads', (dialect) => {
  const testApp = useTestApp(dialect, { PUBLIC_API_URL: 'https://portal.example' });
  const get = (path: string) => request(testApp.app).get(`/api/v1${path}`);
  let mir: Site;
  let khatyn: Site;
  let draftPlace: Site;
  const events: Record<'concert' | 'festival' | 'weekly' | 'draft', string> = { concert: '', festival: '', weekly: '', draft: '' };

  beforeAll(async () => {
    const { sites, events: eventStore } = testApp.stores;
    const publishSite = async (input: CreateSiteInput) => {
      const created = await sites.create(input);
      return sites.changeWorkflow(created.id, { status: 'published', locales: { en: 'published' } });
    };
    mir = await publishSite(
      place('Mir Castle', {
        kind: 'unesco-heritage',
        region: 'grodno-region',
        coordinates: { lat: 53.4513, lng: 26.4729 },
        inscriptionYear: 2000,
        criteria: ['ii', 'iv'],
        referenceNumber: '625',
        heritageCategory: 'cultural',
      }),
    );
    khatyn = await publishSite(
      place('Khatyn', { kind: 'war-memorial', coordinates: { lat: 54.3366, lng: 27.9439 }, commemorates: { en: 'The village burnt in 1943' }, yearOpened: 1969 }),
    );
    draftPlace = await sites.create(place('Secret Manor', { coordinates: { lat: 53.5, lng: 27.0 } }));

    const publishEvent = async (input: CreateEventInput) => {
      const created = await eventStore.create(input);
      await eventStore.changeWorkflow(created.id, { status: 'published', publishedAt: '2035-01-01T00:00:00Z', locales: { en: 'published' } });
      return created.id;
    };
    events.concert = await publishEvent(
      event('Organ concert at Mir', {
        schedule: [{ start: '2035-06-10T19:00', end: '2035-06-10T21:00', timeZone: 'Europe/Minsk', city: { en: 'Mir' }, region: 'grodno-region', venue: { type: 'site', siteId: mir.id } }],
      }),
    );
    events.festival = await publishEvent(
      event('Brest summer festival', {
        category: 'festival',
        schedule: [{ start: '2035-06-20T12:00', end: '2035-06-20T22:00', timeZone: 'Europe/Minsk', city: { en: 'Brest' }, region: 'brest-region' }],
      }),
    );
    events.weekly = await publishEvent(
      event('Sunday organ evenings', {
        schedule: [{ start: '2035-06-03T17:00', end: '2035-06-03T18:00', timeZone: 'Europe/Minsk', rrule: 'FREQ=WEEKLY;COUNT=3', city: { en: 'Minsk' }, region: 'minsk' }],
      }),
    );
    events.draft = (await eventStore.create(event('Embargoed gala', {}))).id;
  });

  it('serves places as a valid GeoJSON FeatureCollection of published points, longitude first, keyed by place id', async () => {
    const res = await get('/sites.geojson');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(getIssues(res.text)).toEqual([]);
    const collection = PlaceFeatureCollectionSchema.parse(JSON.parse(res.text));
    expect(collection.features.map((f) => f.id).sort()).toEqual([mir.id, khatyn.id].sort());
    expect(collection.features.map((f) => f.id)).not.toContain(draftPlace.id);
    const castle = collection.features.find((f) => f.id === mir.id);
    expect(castle?.geometry).toEqual({ type: 'Point', coordinates: [26.4729, 53.4513] });
    expect(castle?.properties).toMatchObject({ id: mir.id, slug: 'mir-castle', url: 'https://portal.example/en/places/unesco-heritage/mir-castle' });
  });

  it('filters the places files by kind, region and box, as the catalogue does', async () => {
    const ids = async (query: string) => ((await get(`/sites.geojson?${query}`)).body as { features: { id: string }[] }).features.map((f) => f.id);
    expect(await ids('kind=war-memorial')).toEqual([khatyn.id]);
    expect(await ids('region=grodno-region')).toEqual([mir.id]);
    expect(await ids('bbox=54,27,55,28')).toEqual([khatyn.id]);
    const csv = recordsOf((await get('/sites.csv?kind=unesco-heritage')).text);
    expect(csv.map((r) => r.id)).toEqual([mir.id]);
  });

  it('serves places as CSV, one row per published place under a header, keyed by place id', async () => {
    const res = await get('/sites.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename=places.csv');
    const rows = recordsOf(res.text);
    expect(rows.map((r) => r.id).sort()).toEqual([mir.id, khatyn.id].sort());
    expect(rows.find((r) => r.id === mir.id)).toMatchObject({ slug: 'mir-castle', lat: '53.4513', lng: '26.4729', kind: 'unesco-heritage' });
  });

  it('serves the calendar as CSV, one row per occurrence in the range, never a draft', async () => {
    const res = await get(`/events.csv?${june2035}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename=events.csv');
    const rows = recordsOf(res.text);
    // 17:00 and 19:00 in Minsk are 14:00 and 16:00 UTC: the Sunday evening of 10 June comes before the concert.
    expect(rows.map((r) => r.event_id)).toEqual([events.weekly, events.weekly, events.concert, events.weekly, events.festival]);
    expect(rows.map((r) => r.event_id)).not.toContain(events.draft);
    // The row's id is the event's id, the session and the start: the same every time the file is fetched.
    expect(rows[2]).toMatchObject({ id: `${events.concert}/0/2035-06-10T16:00:00Z`, starts_at_utc: '2035-06-10T16:00:00Z', city: 'Mir' });
  });

  it('filters the calendar files by category, city, region and range', async () => {
    const eventIds = async (query: string) => [...new Set(recordsOf((await get(`/events.csv?${june2035}&${query}`)).text).map((r) => r.event_id))];
    expect(await eventIds('category=festival')).toEqual([events.festival]);
    expect(await eventIds('city=mir')).toEqual([events.concert]);
    expect(await eventIds('region=minsk')).toEqual([events.weekly]);
    const early = recordsOf((await get('/events.csv?from=2035-06-01T00:00:00Z&to=2035-06-09T00:00:00Z')).text);
    expect(early.map((r) => r.id)).toEqual([`${events.weekly}/0/2035-06-03T14:00:00Z`]);
    const calendar = readCalendar((await get(`/events.ics?${june2035}&category=festival`)).text);
    expect(calendar.entries.map((e) => e.uid)).toEqual([`${events.festival}-0@portal.example`]);
  });

  it('serves the calendar as iCalendar that a client parses: one entry per session, its UID the event id, recurrences expanded', async () => {
    const res = await get(`/events.ics?${june2035}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename=events.ics');
    const calendar = readCalendar(res.text);
    expect(calendar.name).toBe('Events · portal.example');
    expect(calendar.entries.map((e) => e.uid).sort()).toEqual([events.concert, events.festival, events.weekly].map((id) => `${id}-0@portal.example`).sort());
    const byUid = new Map(calendar.entries.map((e) => [e.uid, e]));
    expect(byUid.get(`${events.weekly}-0@portal.example`)?.starts).toEqual(['2035-06-03T14:00:00.000Z', '2035-06-10T14:00:00.000Z', '2035-06-17T14:00:00.000Z']);
    expect(byUid.get(`${events.concert}-0@portal.example`)).toMatchObject({ summary: 'Organ concert at Mir', status: 'CONFIRMED', starts: ['2035-06-10T16:00:00.000Z'] });
    // A session held at a catalogued place is located by the place's name.
    expect(byUid.get(`${events.concert}-0@portal.example`)?.location).toContain('Mir Castle');
  });

  it('serves one event as iCalendar at /events/{slug}.ics, beside its JSON at /events/{slug}', async () => {
    const json = await get('/events/organ-concert-at-mir');
    expect(json.status).toBe(200);
    expect(json.type).toBe('application/json');
    expect((json.body as EventView).id).toBe(events.concert);

    const ics = await get('/events/organ-concert-at-mir.ics');
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.headers['content-disposition']).toBe('attachment; filename=organ-concert-at-mir.ics');
    const calendar = readCalendar(ics.text);
    expect(calendar.name).toBe('Organ concert at Mir');
    expect(calendar.entries.map((e) => e.uid)).toEqual([`${events.concert}-0@portal.example`]);
  });

  it('answers 404 problem+json for the calendar of a draft or of no event', async () => {
    for (const slug of ['embargoed-gala', 'no-such-event']) {
      const res = await get(`/events/${slug}.ics`);
      expect(res.status, slug).toBe(404);
      expect(res.type).toBe('application/problem+json');
    }
  });

  it('is a cacheable public read: ETag, 304 on a matching If-None-Match, and Vary when the locale came from the header', async () => {
    for (const path of ['/sites.geojson', '/sites.csv', `/events.csv?${june2035}`, `/events.ics?${june2035}`, '/events/organ-concert-at-mir.ics']) {
      const first = await get(path);
      expect(first.status, path).toBe(200);
      expect(first.headers['cache-control'], path).toMatch(/^public, max-age=\d+/);
      expect(first.headers.vary, path).toMatch(/Accept-Language/);
      const etag = first.headers.etag as string;
      expect(etag, path).toMatch(/^W\/"/);
      const again = await get(path).set('If-None-Match', etag);
      expect(again.status, path).toBe(304);
      expect(again.text, path).toBe('');
    }
    const named = await get('/sites.csv?locale=ru');
    expect(named.headers.vary ?? '').not.toMatch(/Accept-Language/);
  });

  it('keeps a download asked for by staff out of shared caches, as every staff read', async () => {
    const res = await request(testApp.staffApp).get('/api/v1/sites.csv');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
  });

  it("links to the request's own origin when PUBLIC_API_URL is unset, as in development", async () => {
    const app = createApp(loadConfig({}), { database: testApp.database });
    const res = await request(app).get('/api/v1/sites.geojson?kind=war-memorial').set('Host', 'localhost:4000');
    expect((res.body as { features: { properties: { url: string } }[] }).features[0]?.properties.url).toBe('http://localhost:4000/en/places/war-memorial/khatyn');
    const odd = await request(app).get('/api/v1/events/organ-concert-at-mir.ics').set('Host', 'not a host');
    expect(odd.status).toBe(200);
    expect(readCalendar(odd.text).entries.map((e) => e.uid)).toEqual([`${events.concert}-0@localhost`]);
  });

  it('answers in the locale asked for, from ?locale= or Accept-Language', async () => {
    const byHeader = recordsOf((await get('/sites.csv').set('Accept-Language', 'ru')).text);
    expect(byHeader.find((r) => r.id === mir.id)?.url).toBe('https://portal.example/ru/places/unesco-heritage/mir-castle');
    const byQuery = (await get('/sites.geojson?locale=be')).body as { features: { id: string; properties: { url: string; locale: string } }[] };
    // No Belarusian text yet: the name falls back along be → ru → en, while the link stays on the reader's page.
    expect(byQuery.features.find((f) => f.id === mir.id)?.properties).toMatchObject({ locale: 'en', url: 'https://portal.example/be/places/unesco-heritage/mir-castle' });
  });

  it('answers 422 problem+json naming the field for a filter it cannot read', async () => {
    const cases: [string, string][] = [
      ['/sites.geojson?bbox=north-pole', '#/query/bbox'],
      ['/sites.csv?kind=castle', '#/query/kind'],
      ['/sites.csv?limit=5', '#/query/limit'],
      ['/events.csv?from=2035-06-10T00:00:00Z&to=2035-06-01T00:00:00Z', '#/query/to'],
      ['/events.ics?category=rave', '#/query/category'],
      ['/events/Not%20A%20Slug.ics', '#/params/slug'],
    ];
    for (const [path, pointer] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(422);
      expect(res.type, path).toBe('application/problem+json');
      expect((res.body as Problem).errors?.map((e) => e.pointer), path).toContain(pointer);
    }
  });

  it('refuses other methods on a download with 405 and Allow', async () => {
    const res = await request(testApp.app).post('/api/v1/events.ics');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });
});
