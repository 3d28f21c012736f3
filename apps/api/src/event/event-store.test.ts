import { type CreateEventInput, EventListQuerySchema, type EventSessionInput, defaultLocaleSettings, richTextFromParagraphs } from '@kraina/core';
import { CompiledQuery, type KyselyPlugin, type PluginTransformQueryArgs, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { createSiteStore } from '../site/site-store.js';
import { importPublishedEvents } from './event-import.js';
import { type EventStore, createEventStore } from './event-store.js';

const settings: ContentSettings = { locales: defaultLocaleSettings, timeZone: 'Europe/Minsk' };
const calendar = (query: Record<string, unknown>) => EventListQuerySchema.parse(query);
const text = (title: string) => ({ title, description: richTextFromParagraphs([`${title}.`]) });
const event = (title: string, schedule: EventSessionInput[], extra: Partial<CreateEventInput> = {}): CreateEventInput => ({
  category: 'festival',
  translations: { en: text(title) },
  schedule,
  ...extra,
});
const minsk = { en: 'Minsk', ru: 'Минск', be: 'Мінск' };

/** The database with every statement its users build recorded, compiled, so a test can ask the engine for its plan. */
function recordingStatements(database: Database): { database: Database; statements: CompiledQuery[] } {
  const statements: CompiledQuery[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: ({ node, queryId }: PluginTransformQueryArgs) => {
      statements.push(database.db.getExecutor().compileQuery(node, queryId));
      return node;
    },
    transformResult: ({ result }) => Promise.resolve(result),
  };
  return { database: { ...database, db: database.db.withPlugin(plugin) }, statements };
}

/** How the engine would run a statement, one line a step. */
async function planOf({ db, dialect }: Database, statement: CompiledQuery): Promise<string> {
  const explain = dialect === 'sqlite' ? 'explain query plan' : 'explain';
  const { rows } = await db.executeQuery<Record<string, string>>(CompiledQuery.raw(`${explain} ${statement.sql}`, [...statement.parameters]));
  return rows.map((row) => row.detail ?? row['QUERY PLAN']).join('\n');
}

describeEachDatabase('the event store', (dialect) => {
  let database: Database;
  let drop: () => Promise<void>;
  let events: EventStore;

  beforeAll(async () => {
    ({ database, drop } = await createTestDatabase(dialect));
    events = createEventStore(database, settings);
  });
  afterAll(() => drop());

  async function publish(input: CreateEventInput) {
    const created = await events.create(input);
    const locales = Object.fromEntries(Object.keys(created.translations).map((l) => [l, 'published' as const]));
    return events.changeWorkflow(created.id, { status: 'published', publishedAt: '2026-01-01T00:00:00Z', locales });
  }

  async function everyOccurrence(query: Record<string, unknown>, locale = 'en') {
    return (await events.listOccurrences(calendar({ limit: 100, ...query }), locale)).items;
  }

  it('keeps drafts, scheduled and archived events out of the calendar, the counts and slugs', async () => {
    const session = { start: '2035-06-10T19:00', end: '2035-06-10T21:00' };
    const draft = await events.create(event('Draft concert', [session]));
    const scheduled = await events.create(event('Scheduled concert', [session]));
    await events.changeWorkflow(scheduled.id, { status: 'scheduled', publishAt: '2035-01-01T00:00:00Z', locales: { en: 'scheduled' } });
    const archived = await publish(event('Archived concert', [session]));
    await events.changeWorkflow(archived.id, { status: 'archived' });
    for (const slug of [draft.slug, scheduled.slug, archived.slug]) expect(await events.findPublishedBySlug(slug, 'en')).toBeUndefined();
    expect(await everyOccurrence({ from: '2035-06-01T00:00:00Z', to: '2035-07-01T00:00:00Z' })).toEqual([]);
    expect((await events.countByDay({ year: 2035, month: 6 }, 'en')).days).toEqual({});
  });

  it('serves an event by its slug in any locale, falling back along the chain and hiding draft translations', async () => {
    const created = await events.create(
      event('Forum of Regions', [{ start: '2035-07-01T10:00', end: '2035-07-01T18:00' }], {
        translations: { en: text('Forum of Regions'), ru: { ...text('Форум регионов'), slug: 'forum-regionov' }, be: text('Форум рэгіёнаў (чарнавік)') },
      }),
    );
    await events.changeWorkflow(created.id, { status: 'published', locales: { en: 'published', ru: 'published' } });
    const inBelarusian = await events.findPublishedBySlug('forum-of-regions', 'be');
    expect(inBelarusian?.servedLocale).toBe('ru');
    expect(inBelarusian?.translations.be).toBeUndefined();
    expect((await events.findPublishedBySlug('forum-regionov', 'en'))?.id).toBe(created.id);
  });

  it('keeps 15:00 at 15:00 across the spring clock change, in the event’s own zone', async () => {
    await publish(
      event('Sunday organ concert', [{ start: '2030-03-17T15:00', end: '2030-03-17T16:30', timeZone: 'Europe/Berlin', rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=4' }]),
    );
    const items = await everyOccurrence({ from: '2030-03-01T00:00:00Z', to: '2030-05-01T00:00:00Z' });
    expect(items.map((o) => o.start)).toEqual(['2030-03-17T15:00:00+01:00', '2030-03-24T15:00:00+01:00', '2030-03-31T15:00:00+02:00', '2030-04-07T15:00:00+02:00']);
    expect(items.map((o) => o.startsAt)).toEqual(['2030-03-17T14:00:00Z', '2030-03-24T14:00:00Z', '2030-03-31T13:00:00Z', '2030-04-07T13:00:00Z']);
    // COUNT ends the series: a later range reads nothing.
    expect(await everyOccurrence({ from: '2030-05-01T00:00:00Z', to: '2031-05-01T00:00:00Z' })).toEqual([]);
  });

  it('expands several times a day with exceptions and extra dates, and series that never end', async () => {
    await publish(
      event('Puppet matinee', [
        {
          start: '2060-02-01T15:00',
          end: '2060-02-01T16:00',
          rrule: 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=15,17;BYMINUTE=0',
          exdates: ['2060-02-08T17:00'],
          rdates: ['2060-02-10T11:00'],
        },
      ]),
    );
    // The last test of the file in calendar time: an endless series shows up in every later range.
    const items = await everyOccurrence({ from: '2060-02-01T00:00:00Z', to: '2060-02-15T00:00:00Z' });
    expect(items.map((o) => `${o.localDate} ${o.start.slice(11, 16)}`)).toEqual([
      '2060-02-01 15:00',
      '2060-02-01 17:00',
      '2060-02-08 15:00',
      '2060-02-10 11:00',
    ]);
    const decadeLater = await everyOccurrence({ from: '2070-02-01T00:00:00Z', to: '2070-02-08T00:00:00Z' });
    expect(decadeLater.map((o) => o.event.slug)).toEqual(['puppet-matinee', 'puppet-matinee']);
  });

  it('lists an exhibition already running at the start of the range', async () => {
    await publish(event('Treasures of Polotsk', [{ allDay: true, start: '2033-01-10', end: '2033-03-10' }], { category: 'exhibition' }));
    const [running] = await everyOccurrence({ from: '2033-02-01T00:00:00Z', to: '2033-02-02T00:00:00Z' });
    expect(running).toMatchObject({ allDay: true, startDate: '2033-01-10', endDate: '2033-03-10' });
  });

  it('filters a touring event by city in any locale of the reader’s chain, and by region', async () => {
    await publish(
      event('Cinema days', [
        { start: '2037-03-01T18:00', end: '2037-03-01T20:00', city: minsk, region: 'minsk' },
        { start: '2037-03-02T18:00', end: '2037-03-02T20:00', city: { en: 'Brest', ru: 'Брест' }, region: 'brest-region' },
        { start: '2037-03-03T18:00', end: '2037-03-03T20:00', city: { en: 'Gomel', ru: 'Гомель' }, region: 'gomel-region' },
      ]),
    );
    const range = { from: '2037-03-01T00:00:00Z', to: '2037-04-01T00:00:00Z' };
    expect((await everyOccurrence({ ...range, city: 'minsk' })).map((o) => o.sessionIndex)).toEqual([0]);
    expect((await everyOccurrence({ ...range, city: 'БРЕСТ' }, 'be')).map((o) => o.sessionIndex)).toEqual([1]);
    expect(await everyOccurrence({ ...range, city: 'Брест' }, 'en')).toEqual([]); // an English reader's chain has no Russian
    expect((await everyOccurrence({ ...range, region: 'gomel-region' })).map((o) => o.city?.en)).toEqual(['Gomel']);
    expect(await everyOccurrence(range)).toHaveLength(3);
  });

  it('filters by category and event status', async () => {
    const cancelled = await publish(
      event('Cancelled race', [{ start: '2038-09-05T09:00', end: '2038-09-05T13:00' }], { category: 'sport', eventStatus: 'cancelled' }),
    );
    await publish(event('Harvest fair', [{ start: '2038-09-05T09:00', end: '2038-09-05T13:00' }], { category: 'fair' }));
    const range = { from: '2038-09-01T00:00:00Z', to: '2038-10-01T00:00:00Z' };
    expect((await everyOccurrence({ ...range, eventStatus: 'cancelled' })).map((o) => o.event.id)).toEqual([cancelled.id]);
    expect((await everyOccurrence({ ...range, category: 'fair' })).map((o) => o.event.slug)).toEqual(['harvest-fair']);
  });

  it('walks every occurrence once, in order, while events are added between pages', async () => {
    const range = { from: '2031-05-01T00:00:00Z', to: '2031-06-01T00:00:00Z' };
    for (const title of ['Morning run', 'Morning yoga']) {
      await publish(event(title, [{ start: '2031-05-01T07:00', end: '2031-05-01T08:00', rrule: 'FREQ=DAILY;COUNT=10' }]));
    }
    const before = (await everyOccurrence(range)).map((o) => `${o.event.id}@${o.startsAt}`);
    const walked: string[] = [];
    let cursor: string | undefined;
    let added = 0;
    do {
      const page = await events.listOccurrences(calendar({ ...range, limit: 3, ...(cursor ? { cursor } : {}) }), 'en');
      walked.push(...page.items.map((o) => `${o.event.id}@${o.startsAt}`));
      await publish(event(`Late addition ${(added += 1)}`, [{ start: '2031-05-25T07:00', end: '2031-05-25T08:00' }]));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked.slice(0, before.length)).toEqual(before);
  });

  it('counts occurrences per day of the month in the portal’s zone, a multi-day one on each of its days', async () => {
    await publish(event('Night swim', [{ start: '2032-05-14T22:30', end: '2032-05-14T23:30', timeZone: 'UTC' }], { category: 'sport' }));
    await publish(event('Spring salon', [{ allDay: true, start: '2032-04-28', end: '2032-05-03' }], { category: 'exhibition' }));
    await publish(event('Weekly market', [{ start: '2032-05-08T09:00', end: '2032-05-08T13:00', rrule: 'FREQ=WEEKLY;COUNT=2' }], { category: 'fair' }));
    await publish(
      event('Touring circus', [
        { start: '2032-05-20T18:00', end: '2032-05-20T20:00' },
        { start: '2032-05-31T23:00', end: '2032-06-01T01:00' },
      ]),
    );
    const counts = await events.countByDay({ year: 2032, month: 5 }, 'en');
    // 22:30 UTC is 01:30 on the 15th in Minsk; the show running past midnight on the 31st counts in May only.
    expect(counts.days).toEqual({ '2032-05-01': 1, '2032-05-02': 1, '2032-05-03': 1, '2032-05-08': 1, '2032-05-15': 2, '2032-05-20': 1, '2032-05-31': 1 });
    expect((await events.countByDay({ year: 2032, month: 5, category: 'sport' }, 'en')).days).toEqual({ '2032-05-15': 1 });
  });

  it('holds an event at a catalogued place and refuses one that does not exist, naming the field', async () => {
    const site = await createSiteStore(database, settings).create({
      kind: 'museum',
      region: 'minsk',
      coordinates: { lat: 53.9, lng: 27.56 },
      translations: { en: { name: 'History Museum', description: richTextFromParagraphs(['Museum.']) } },
    });
    const held = await events.create(event('Museum night', [{ start: '2039-05-18T18:00', end: '2039-05-18T23:00', venue: { type: 'site', siteId: site.id } }]));
    expect(held.schedule[0]?.venue).toEqual({ type: 'site', siteId: site.id });
    await expect(
      events.create(event('Nowhere night', [{ start: '2039-05-18T18:00', end: '2039-05-18T23:00', venue: { type: 'site', siteId: crypto.randomUUID() } }])),
    ).rejects.toMatchObject({ code: 'invalid-input', issues: [{ pointer: '#/body/schedule/0/venue/siteId' }] });
  });

  it('refuses a stale update and changes nothing, and moves the span when the schedule changes', async () => {
    const created = await publish(event('Moving gala', [{ start: '2040-01-10T19:00', end: '2040-01-10T22:00' }]));
    await expect(events.update(created.id, { category: 'concert' }, created.version - 1)).rejects.toMatchObject({ code: 'version-conflict' });
    expect((await events.getById(created.id))?.category).toBe('festival');
    await events.update(created.id, { schedule: [{ start: '2041-01-10T19:00', end: '2041-01-10T22:00' }] }, created.version);
    expect(await everyOccurrence({ from: '2040-01-01T00:00:00Z', to: '2040-02-01T00:00:00Z' })).toEqual([]);
    expect((await everyOccurrence({ from: '2041-01-01T00:00:00Z', to: '2041-02-01T00:00:00Z' })).map((o) => o.event.id)).toEqual([created.id]);
  });

  it('forgets a deleted event', async () => {
    const created = await publish(event('Short-lived fair', [{ start: '2042-01-10T10:00', end: '2042-01-10T12:00' }]));
    await events.delete(created.id);
    expect(await events.getById(created.id)).toBeUndefined();
    expect(await events.findPublishedBySlug(created.slug, 'en')).toBeUndefined();
  });

  it('exports the matching sessions of events and their occurrences', async () => {
    const range = { from: '2037-03-01T00:00:00Z', to: '2037-04-01T00:00:00Z' };
    const exported = await events.listEventsForExport({ ...range, city: 'Gomel' }, 'en');
    expect(exported.map((e) => [e.event.slug, e.sessionIndexes])).toEqual([['cinema-days', [2]]]);
    expect((await events.listOccurrencesForExport(range, 'en')).map((o) => o.sessionIndex)).toEqual([0, 1, 2]);
  });
});

describeEachDatabase('an event by slug', (dialect) => {
  let database: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ database, drop } = await createTestDatabase(dialect));
  });
  afterAll(() => drop());

  it('is found through the slug indexes, not by reading every published event', async () => {
    const items = Array.from({ length: 200 }, (_, i) => ({
      input: event(`Village fair ${i}`, [{ start: '2036-06-01T10:00', end: '2036-06-01T18:00' }], {
        translations: { en: text(`Village fair ${i}`), ru: { ...text(`Сельская ярмарка ${i}`), slug: `selskaya-yarmarka-${i}` } },
      }),
      publishedAt: '2036-01-01T00:00:00Z',
      locales: { en: 'published' as const, ru: 'published' as const },
    }));
    await importPublishedEvents(database, settings, items);
    // With statistics, as a live database gathers them (the benchmark runs ANALYZE too), the engine picks by cost.
    await sql`analyze events`.execute(database.db);
    await sql`analyze event_translations`.execute(database.db);
    const recording = recordingStatements(database);
    const found = await createEventStore(recording.database, settings).findPublishedBySlug('selskaya-yarmarka-7', 'en');
    expect(found?.translations.en?.title).toBe('Village fair 7');
    const lookup = recording.statements.find((statement) => /from "events" as "e"/.test(statement.sql));
    if (!lookup) throw new Error('expected the by-slug statement');
    const plan = await planOf(database, lookup);
    // `slug = ? or exists (…)` scans every event on SQLite and filters every published one on PostgreSQL; the union of
    // two index lookups reads only the events that answer to the slug.
    if (dialect === 'sqlite') {
      expect(plan).toMatch(/SEARCH events USING (COVERING )?INDEX \S+ \(slug=\?\)/);
      expect(plan).not.toMatch(/^SCAN e\b/m);
    } else {
      expect(plan).toMatch(/Index (Only )?Scan using events_slug_key on events/);
      expect(plan).not.toMatch(/Filter: .*slug = /);
    }
  });
});

describe('event cursors', () => {
  it('rejects a cursor this API did not make, naming the parameter', async () => {
    const { database, drop } = await createTestDatabase('sqlite');
    const store = createEventStore(database, settings);
    const forged = Buffer.from(JSON.stringify(['2030-01-01T00:00:00Z', 'not-an-event'])).toString('base64url');
    await expect(store.listOccurrences(calendar({ cursor: forged }), 'en')).rejects.toMatchObject({ issues: [{ pointer: '#/query/cursor' }] });
    await drop();
  });
});
