import { expandOccurrences } from '@kraina/core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createContentStores } from '../content/content-stores.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { readCalendar } from '../open-data/read-calendar.js';
import { readFileSync } from 'node:fs';
import { countRows, fixture, importSettings, redirectsOf, runImport } from './import-test-kit.js';

describeEachDatabase('kraina import ics', (dialect) => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeEach(async () => ({ database, drop } = await createTestDatabase(dialect)));
  afterEach(() => drop());

  async function eventBySlug(slug: string) {
    const row = await database.db.selectFrom('events').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    const event = await createContentStores(database, importSettings).events.getById(row.id);
    if (!event) throw new Error(`no event ${slug}`);
    return event;
  }

  const startsOf = (schedule: Parameters<typeof expandOccurrences>[0]) =>
    expandOccurrences(schedule, { from: '2026-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' }).map((o) => o.startsAt);

  it('imports events with their zones, rules, exceptions and moved occurrences, as the source says', async () => {
    const result = await runImport(database, ['ics', fixture('events.ics')]);
    expect(result).toMatchObject({ code: 0 });
    expect(result.log).toMatch(/4 created, 0 updated, 0 skipped/);

    const puppets = await eventBySlug('the-little-prince-at-the-puppet-theatre');
    expect(puppets.status).toBe('draft');
    expect(puppets.category).toBe('theatre');
    expect(puppets.schedule[0]).toMatchObject({
      start: '2026-11-01T15:00', end: '2026-11-01T16:30', timeZone: 'Europe/Minsk', rrule: 'FREQ=WEEKLY;COUNT=6;BYDAY=SU',
      exdates: ['2026-11-15T15:00', '2026-11-22T15:00'],
      venue: { type: 'address', address: { en: 'Belarusian State Puppet Theatre, 20 Engels Street, Minsk' }, coordinates: { lat: 53.9045, lng: 27.5615 } },
    });
    // Six by the rule, less the 15th (EXDATE), with the 22nd moved from 15:00 to 17:00 (RECURRENCE-ID).
    expect(startsOf(puppets.schedule)).toEqual(['2026-11-01T12:00:00Z', '2026-11-08T12:00:00Z', '2026-11-22T14:00:00Z', '2026-11-29T12:00:00Z', '2026-12-06T12:00:00Z']);
    expect(puppets.translations.en?.description).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'A play for children and grown-ups, every Sunday.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Tickets at the box office.' }] },
      ],
    });

    // Across the change to summer time in Berlin: 15:00 stays 15:00 on the clock, so UTC moves by an hour.
    const berlin = await eventBySlug('belarusian-music-in-berlin');
    expect(berlin.schedule[0]).toMatchObject({ timeZone: 'Europe/Berlin', rrule: 'FREQ=WEEKLY;BYDAY=SU;UNTIL=20260412T130000Z', exdates: ['2026-04-05T15:00'] });
    expect(startsOf(berlin.schedule)).toEqual(['2026-03-22T14:00:00Z', '2026-03-29T13:00:00Z', '2026-04-12T13:00:00Z']);
    // ical.js, an independent RFC 5545 reader, expands the source to the same instants.
    const source = readCalendar(readFileSync(fixture('events.ics'), 'utf8')).entries.find((e) => e.uid === 'berlin-concerts@kraina.test');
    expect(source?.starts.map((s) => s.replace('.000', ''))).toEqual(startsOf(berlin.schedule));

    const chagall = await eventBySlug('marc-chagall-graphic-works');
    expect(chagall.category).toBe('exhibition');
    expect(chagall.schedule).toMatchObject([{ allDay: true, start: '2026-11-06', end: '2027-02-07' }]); // DTEND is exclusive

    const festival = await eventBySlug('open-air-festival');
    expect(festival.eventStatus).toBe('cancelled');
    expect(festival.schedule).toMatchObject([{ start: '2026-07-03T20:00', end: '2026-07-03T23:00', timeZone: 'Europe/Minsk' }]);

    expect(await redirectsOf(database)).toEqual({ '/events/little-prince_i_0000001200.html': '/en/events/the-little-prince-at-the-puppet-theatre' });
  });

  it('updates on re-import instead of duplicating, and publishes when asked', async () => {
    await runImport(database, ['ics', fixture('events.ics')]);
    const before = await eventBySlug('belarusian-music-in-berlin');
    const again = await runImport(database, ['ics', fixture('events.ics')], { publish: true });
    expect(again.log).toMatch(/0 created, 4 updated, 0 skipped/);
    expect(await countRows(database, 'events')).toBe(4);
    expect(await countRows(database, 'event_translations')).toBe(4);
    expect(await countRows(database, 'event_sessions')).toBe(5); // the puppet show has its moved evening as a second session
    const after = await eventBySlug('belarusian-music-in-berlin');
    expect(after.id).toBe(before.id);
    expect(after).toMatchObject({ status: 'published', translations: { en: { status: 'published' } } });
  });

  it('skips the events it cannot read, naming line and field, and imports the rest', async () => {
    const result = await runImport(database, ['ics', fixture('events-malformed.ics')]);
    expect(result.code).toBe(1);
    expect(result.log).toMatch(/1 created, 0 updated, 3 skipped/);
    expect(result.errors).toMatch(/line 12 \(UID on-mars@kraina.test\): skipped: DTSTART: TZID "Mars\/Olympus_Mons" is not a known time zone/);
    expect(result.errors).toMatch(/line 23: skipped: VEVENT: Not valid iCalendar: .*THIS LINE HAS NEITHER/);
    expect(result.errors).toMatch(/line 26 \(UID no-summary@kraina.test\): skipped: SUMMARY: The event has no SUMMARY/);
    expect(await countRows(database, 'events')).toBe(1);
    expect(await countRows(database, 'event_sessions')).toBe(1);
    expect(await countRows(database, 'import_sources')).toBe(1);
  });

  it('refuses a file that is not iCalendar, and writes nothing', async () => {
    const result = await runImport(database, ['ics', fixture('places.geojson')]);
    expect(result.code).toBe(1);
    expect(result.errors).toMatch(/no BEGIN:VCALENDAR; nothing was imported/);
    expect(await countRows(database, 'events')).toBe(0);
  });
});
