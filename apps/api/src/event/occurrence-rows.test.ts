import { type CreateEventInput, EventListQuerySchema, defaultLocaleSettings, richTextFromParagraphs } from '@kraina/core';
import { afterEach, expect, it } from 'vitest';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { up as migrateToStoredOccurrences } from '../db/migrations/0003-event-occurrences.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { dayCountsByExpansion, occurrencesByExpansion } from './calendar-by-expansion.js';
import { loadEvents } from './event-rows.js';
import { type EventStore, createEventStore } from './event-store.js';

const settings: ContentSettings = { locales: defaultLocaleSettings, timeZone: 'Europe/Minsk' };
const event = (title: string, schedule: CreateEventInput['schedule']): CreateEventInput => ({
  category: 'festival',
  translations: { en: { title, description: richTextFromParagraphs([`${title}.`]) } },
  schedule,
});
const range = { from: '2034-01-01T00:00:00Z', to: '2034-03-01T00:00:00Z' };

async function storedRows({ db }: Database) {
  const occurrences = await db.selectFrom('event_occurrences').selectAll().orderBy('event_id').orderBy('session_index').orderBy('starts_at').execute();
  const horizons = await db.selectFrom('event_occurrence_horizons').selectAll().orderBy('event_id').orderBy('session_index').execute();
  return { occurrences, horizons };
}

async function whatReadersSee(database: Database, events: EventStore) {
  const page = await events.listOccurrences(EventListQuerySchema.parse({ ...range, limit: 100 }), 'en');
  return { calendar: page.items.map(({ event: { id }, ...occurrence }) => ({ eventId: id, occurrence })), days: (await events.countByDay({ year: 2034, month: 2 }, 'en')).days };
}

describeEachDatabase('stored occurrences', (dialect) => {
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => drop?.());

  async function withEvents() {
    const test = await createTestDatabase(dialect);
    drop = test.drop;
    const events = createEventStore(test.database, settings);
    const publish = async (input: CreateEventInput) => {
      const created = await events.create(input);
      return events.changeWorkflow(created.id, { status: 'published', locales: { en: 'published' } });
    };
    return { database: test.database, events, publish };
  }

  it('follow every save of the schedule, and go with the event', async () => {
    const { database, events, publish } = await withEvents();
    const draft = await events.create(event('Draft fair', [{ start: '2034-02-01T10:00', end: '2034-02-01T12:00' }]));
    const fair = await publish(event('Spring fair', [{ start: '2034-02-01T10:00', end: '2034-02-01T12:00', rrule: 'FREQ=WEEKLY;COUNT=3' }]));
    // A draft's occurrences are stored too, so publishing it later needs no other write to show it.
    expect((await storedRows(database)).occurrences.map((o) => [o.event_id, o.starts_at])).toEqual(
      [
        [draft.id, '2034-02-01T07:00:00.000Z'],
        [fair.id, '2034-02-01T07:00:00.000Z'],
        [fair.id, '2034-02-08T07:00:00.000Z'],
        [fair.id, '2034-02-15T07:00:00.000Z'],
      ].sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1)),
    );
    await events.update(fair.id, { schedule: [{ start: '2034-02-20T10:00', end: '2034-02-20T12:00' }] }, fair.version);
    expect((await storedRows(database)).occurrences.filter((o) => o.event_id === fair.id).map((o) => o.starts_at)).toEqual(['2034-02-20T07:00:00.000Z']);
    await events.delete(fair.id);
    await events.delete(draft.id);
    expect(await storedRows(database)).toEqual({ occurrences: [], horizons: [] });
  });

  it('are filled by the migration for events saved before it, and the calendar answers as before', async () => {
    const { database, events, publish } = await withEvents();
    await publish(event('Winter salon', [{ allDay: true, start: '2033-12-20', end: '2034-02-10' }]));
    await publish(event('Sunday tour', [{ start: '2034-01-01T12:00', end: '2034-01-01T14:00', timeZone: 'Europe/Berlin', rrule: 'FREQ=WEEKLY;BYDAY=SU', exdates: ['2034-01-08T12:00'] }]));
    await publish(
      event('Touring circus', [
        { start: '2034-02-20T19:00', end: '2034-02-20T22:00' },
        { start: '2034-02-27T23:00', end: '2034-03-01T01:00', rrule: 'FREQ=HOURLY;INTERVAL=6;COUNT=3' },
      ]),
    );
    await events.create(event('Unpublished', [{ start: '2034-02-02T10:00', end: '2034-02-02T12:00' }]));
    const saved = await storedRows(database);
    const seen = await whatReadersSee(database, events);

    // The database as it was before this release: every table but these two.
    await database.db.schema.dropTable('event_occurrence_horizons').execute();
    await database.db.schema.dropTable('event_occurrences').execute();
    await migrateToStoredOccurrences(database.db);

    expect(await storedRows(database)).toEqual(saved);
    expect(new Set(saved.occurrences.map((o) => o.event_id)).size).toBe(4); // drafts too
    expect(saved.horizons).toHaveLength(2); // the endless tour, and the hourly run that is never stored
    expect(await whatReadersSee(database, events)).toEqual(seen);
    const all = await loadEvents(database.db, (await database.db.selectFrom('events').select('id').execute()).map((r) => r.id));
    expect(JSON.parse(JSON.stringify(seen.calendar))).toEqual(JSON.parse(JSON.stringify(occurrencesByExpansion(all, range, 'en', settings.locales))));
    expect(seen.days).toEqual(dayCountsByExpansion(all, { year: 2034, month: 2 }, settings.timeZone, 'en', settings.locales));
  });
});
