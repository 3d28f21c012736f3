import { EventListQuerySchema, SearchQuerySchema, type WorkflowStatus, defaultLocaleSettings, richTextFromParagraphs } from '@kraina/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { createSearchQueries } from '../search/search-queries.js';
import { createSiteStore } from '../site/site-store.js';
import { type PublishedEventImport, importPublishedEvents } from './event-import.js';
import { type EventStore, createEventStore } from './event-store.js';

const settings: ContentSettings = { locales: defaultLocaleSettings, timeZone: 'Europe/Minsk' };
const text = (title: string, paragraph: string) => ({ title, summary: `${title}.`, description: richTextFromParagraphs([paragraph]) });
const minsk = { en: 'Minsk', ru: 'Минск', be: 'Мінск' };

// One-off, multi-day, weekly with an exception, endless, at a catalogued place and at an address; titles repeat so
// slugs must be made unique. Built per database, since the place's id differs between them.
function itemsFor(siteId: string): PublishedEventImport[] {
  return [
    { input: { category: 'concert', translations: { en: text('Organ evening', 'Bach in the cathedral.') }, schedule: [{ start: '2036-03-05T19:00', end: '2036-03-05T21:00', city: minsk, region: 'minsk-city' }] }, publishedAt: '2036-01-10T09:00:00Z', locales: { en: 'published' } },
    { input: { category: 'festival', tags: ['folk', 'music'], translations: { en: text('Organ evening', 'A second one.'), ru: text('Органный вечер', 'Бах в соборе.') }, schedule: [{ allDay: true, start: '2036-03-20', end: '2036-03-23', city: minsk }] }, publishedAt: '2036-01-11T09:00:00Z', locales: { en: 'published', ru: 'published' } },
    { input: { category: 'exhibition', translations: { ru: text('Выставка льна', 'Лён и ткачество.') }, schedule: [{ start: '2036-03-01T10:00', end: '2036-03-01T18:00', rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=6', exdates: ['2036-03-15T10:00'], venue: { type: 'site', siteId } }] }, publishedAt: '2036-01-12T09:00:00+03:00', locales: { ru: 'published' } },
    { input: { category: 'other', slug: 'sunday-tour', translations: { en: { ...text('Sunday tour', 'Old town walk.'), slug: 'sunday-tour-en' }, be: text('Нядзельная экскурсія', 'Стары горад.') }, schedule: [{ start: '2036-02-01T12:00', end: '2036-02-01T14:00', rrule: 'FREQ=WEEKLY;BYDAY=SU', city: minsk }] }, publishedAt: '2036-01-13T09:00:00Z', locales: { en: 'published', be: 'draft' } },
    { input: { category: 'sport', eventStatus: 'postponed', translations: { en: text('Harvest marathon', 'Running past the fields.') }, schedule: [{ start: '2036-03-28T09:00', end: '2036-03-28T15:00', venue: { type: 'address', address: { en: 'Victory Square' } } }] }, publishedAt: '2036-01-14T09:00:00Z', locales: { en: 'published' } },
  ];
}

async function createStores(dialect: 'sqlite' | 'postgres') {
  const test = await createTestDatabase(dialect);
  const site = await createSiteStore(test.database, settings).create({
    kind: 'museum',
    slug: 'history-museum',
    region: 'minsk-city',
    coordinates: { lat: 53.9, lng: 27.56 },
    translations: { en: { name: 'History Museum', description: richTextFromParagraphs(['Museum.']) } },
  });
  const events = createEventStore(test.database, settings);
  // There before the import, with the title two imported events share.
  const existing = await events.create({ category: 'concert', translations: { en: text('Organ evening', 'The first one.') }, schedule: [{ start: '2036-03-04T19:00', end: '2036-03-04T21:00' }] });
  await events.changeWorkflow(existing.id, { status: 'published', publishedAt: '2036-01-01T00:00:00Z', locales: { en: 'published' } });
  return { ...test, events, items: itemsFor(site.id) };
}

/** What readers can see, with ids (random per database) replaced by slugs. */
async function whatReadersSee(database: Database, events: EventStore) {
  const { db } = database;
  const slugs = new Map((await db.selectFrom('events').select(['id', 'slug']).execute()).map((r) => [r.id, r.slug]));
  const seen: Record<string, unknown> = {};
  for (const locale of ['en', 'ru', 'be']) {
    const page = await events.listOccurrences(EventListQuerySchema.parse({ from: '2036-02-20T00:00:00Z', to: '2036-04-01T00:00:00Z', limit: 100 }), locale);
    seen[`${locale} calendar`] = page.items.map((o) => [o.startsAt, o.endsAt, o.event.slug, o.event.servedLocale, o.event.translations[o.event.servedLocale]?.title, o.event.eventStatus, o.event.tags]);
    seen[`${locale} days`] = await events.countByDay({ year: 2036, month: 3 }, locale);
    for (const slug of ['organ-evening-2', 'sunday-tour-en', 'vystavka-lna']) seen[`${locale} ${slug}`] = (await events.findPublishedBySlug(slug, locale))?.servedLocale ?? null;
    const search = createSearchQueries(database, settings);
    for (const q of ['organ', 'бах', 'minsk', 'мінск']) {
      seen[`${locale} search ${q}`] = (await search.search(SearchQuerySchema.parse({ q }), locale)).items.map((h) => [slugs.get(h.id), h.servedLocale, h.snippet, h.score]);
    }
  }
  const sort = (rows: unknown[][]) => rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  seen.events = sort((await db.selectFrom('events').selectAll().execute()).map(({ id: _id, created_at: _c, updated_at: _u, version: _v, ...row }) => Object.values(row)));
  seen.sessions = sort((await db.selectFrom('event_sessions').selectAll().execute()).map(({ event_id, venue_site_id, ...row }) => [slugs.get(event_id), venue_site_id !== null, ...Object.values(row)]));
  seen.translations = sort((await db.selectFrom('event_translations').selectAll().execute()).map(({ event_id, ...row }) => [slugs.get(event_id), ...Object.values(row)]));
  seen.occurrences = sort((await db.selectFrom('event_occurrences').selectAll().execute()).map(({ event_id, ...row }) => [slugs.get(event_id), ...Object.values(row)]));
  seen.horizons = sort((await db.selectFrom('event_occurrence_horizons').selectAll().execute()).map(({ event_id, ...row }) => [slugs.get(event_id), ...Object.values(row)]));
  seen.searchDocuments = sort((await db.selectFrom('search_documents').selectAll().execute()).map((d) => [d.entity_type, slugs.get(d.entity_id), d.locale, d.title, d.body, d.published_at]));
  return seen;
}

describeEachDatabase('importing published events', (dialect) => {
  let oneByOne: Awaited<ReturnType<typeof createStores>>;
  let imported: Awaited<ReturnType<typeof createStores>>;

  beforeAll(async () => {
    [oneByOne, imported] = await Promise.all([createStores(dialect), createStores(dialect)]);
  });
  afterAll(async () => {
    await oneByOne.drop();
    await imported.drop();
  });

  it('gives readers the same calendar, day counts, slugs, spans, stored occurrences and search as publishing one by one', async () => {
    for (const item of oneByOne.items) {
      const created = await oneByOne.events.create(item.input);
      await oneByOne.events.changeWorkflow(created.id, { status: 'published', publishedAt: item.publishedAt, locales: item.locales });
    }
    const result = await importPublishedEvents(imported.database, settings, imported.items);
    expect(result.map((r) => r.slug)).toEqual(['organ-evening-2', 'organ-evening-3', 'vystavka-lna', 'sunday-tour', 'harvest-marathon']);
    expect(await whatReadersSee(imported.database, imported.events)).toEqual(await whatReadersSee(oneByOne.database, oneByOne.events));
  });

  async function eventCount(): Promise<number> {
    const row = await imported.database.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('imports nothing when an item is invalid or names a place that does not exist, naming each field', async () => {
    const before = await eventCount();
    const [first, second, third] = imported.items as [PublishedEventImport, PublishedEventImport, PublishedEventImport];
    const bad: PublishedEventImport[] = [
      { ...first, input: { ...first.input, slug: 'fine-one' } },
      { ...second, input: { ...second.input, schedule: [{ start: '2036-03-05T19:00', end: '2036-03-05T18:00' }] } },
      { ...third, input: { ...third.input, schedule: [{ start: '2036-03-05T19:00', end: '2036-03-05T21:00', venue: { type: 'site', siteId: crypto.randomUUID() } }] }, locales: { ru: 'live' as WorkflowStatus } },
    ];
    await expect(importPublishedEvents(imported.database, settings, bad)).rejects.toMatchObject({
      code: 'invalid-input',
      issues: [{ pointer: '#/items/1/input/schedule/0/end' }, { pointer: '#/items/2/locales/ru' }, { pointer: '#/items/2/input/schedule/0/venue/siteId' }],
    });
    expect(await eventCount()).toBe(before);
  });

  it('imports nothing when a given slug is taken, naming the item', async () => {
    const before = await eventCount();
    const first = imported.items[0] as PublishedEventImport;
    await expect(importPublishedEvents(imported.database, settings, [{ ...first, input: { ...first.input, slug: 'sunday-tour' } }])).rejects.toMatchObject({
      code: 'conflict',
      issues: [{ pointer: '#/items/0/input/slug' }],
    });
    expect(await eventCount()).toBe(before);
  });
});
