import {
  type CreateEventInput,
  type Event,
  EventListQuerySchema,
  type EventSessionInput,
  EventSessionSchema,
  type WorkflowStatus,
  defaultLocaleSettings,
  expandOccurrences,
  richTextFromParagraphs,
} from '@kraina/core';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { type CalendarFilters, type CalendarRange, dayCountsByExpansion, exportedSessionsByExpansion, occurrencesByExpansion } from './calendar-by-expansion.js';
import { importPublishedEvents } from './event-import.js';
import { loadEvents } from './event-rows.js';
import { createEventStore } from './event-store.js';
import { maxStoredPerSession } from './occurrence-rows.js';

const locales = defaultLocaleSettings;
const settingsIn = (timeZone: string): ContentSettings => ({ locales, timeZone });
const pad = (n: number) => String(n).padStart(2, '0');
const minsk = { en: 'Minsk', ru: 'Минск' };
const brest = { en: 'Brest', ru: 'Брест' };

// Zones with clock changes (New York, Berlin, Santiago in the south, Lord Howe by half an hour), odd offsets
// (Kathmandu) and the far side of the date line (Kiritimati, whose all-day days straddle Minsk's).
const zones = ['Europe/Minsk', 'Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'UTC'];

const ruleArbitrary = fc.record({
  // HOURLY is never stored (occurrence-rows.ts), so it is always expanded, as before.
  freq: fc.constantFrom('DAILY', 'WEEKLY', 'WEEKLY', 'MONTHLY', 'YEARLY', 'HOURLY'),
  interval: fc.integer({ min: 1, max: 3 }),
  // A count, a last day, or no end at all, which the calendar must still answer decades on.
  end: fc.oneof(
    fc.integer({ min: 1, max: 40 }).map((count) => ({ count })),
    fc.integer({ min: 0, max: 900 }).map((untilDays) => ({ untilDays })),
    fc.constant({}),
  ),
  secondHour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: undefined }),
});

const sessionArbitrary = fc.record({
  allDay: fc.boolean(),
  timeZone: fc.constantFrom(...zones),
  day: fc.integer({ min: 0, max: 11 * 365 }), // days after 2024-01-01
  minuteOfDay: fc.integer({ min: 0, max: 47 }).map((half) => half * 30),
  // None at all, an evening, or longer than the calendar's look-back by start; in half hours, so some end at midnight.
  minutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 48, max: 20 * 48 })).map((halves) => halves * 30),
  days: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 7, max: 45 })),
  rule: fc.option(ruleArbitrary, { nil: undefined }),
  extraDays: fc.array(fc.integer({ min: -30, max: 800 }), { maxLength: 2 }),
  skipped: fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 3 }),
  inMinsk: fc.boolean(),
});
type GeneratedSession = typeof sessionArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** A session from generated parts, or undefined when it is not valid (a time the clocks skip, say). */
function sessionOf(g: GeneratedSession): EventSessionInput | undefined {
  const date = Temporal.PlainDate.from('2024-01-01').add({ days: g.day });
  const at = (day: Temporal.PlainDate) => (g.allDay ? day.toString() : `${day.toString()}T${pad(Math.floor(g.minuteOfDay / 60))}:${pad(g.minuteOfDay % 60)}`);
  const start = at(date);
  const end = g.allDay ? date.add({ days: g.days }).toString() : Temporal.PlainDateTime.from(start).add({ minutes: g.minutes }).toString({ smallestUnit: 'minute' });
  const session: EventSessionInput = { allDay: g.allDay, start, end, timeZone: g.timeZone, ...(g.inMinsk ? { city: minsk, region: 'minsk-city' } : { city: brest, region: 'brest-region' }) };
  if (g.rule !== undefined && !(g.allDay && g.rule.freq === 'HOURLY')) {
    const ending = g.rule.end;
    const bound = 'count' in ending ? `;COUNT=${ending.count}` : 'untilDays' in ending ? `;UNTIL=${date.add({ days: ending.untilDays }).toString().replaceAll('-', '')}` : '';
    const hours = g.allDay || g.rule.secondHour === undefined || g.rule.freq === 'HOURLY' ? '' : `;BYHOUR=${Math.floor(g.minuteOfDay / 60)},${g.rule.secondHour};BYMINUTE=${g.minuteOfDay % 60}`;
    session.rrule = `FREQ=${g.rule.freq};INTERVAL=${g.rule.interval}${hours}${bound}`;
  }
  if (g.extraDays.length > 0) session.rdates = g.extraDays.map((days) => at(date.add({ days })));
  const parsed = EventSessionSchema.safeParse(session);
  if (!parsed.success) return undefined;
  // Exceptions name occurrences the series really has, so they take effect.
  const early = expandOccurrences([parsed.data], { from: '2023-01-01T00:00:00Z', to: '2060-01-01T00:00:00Z' }, { limit: 9 });
  const skipped = g.skipped.flatMap((index) => {
    const o = early[index];
    return o === undefined ? [] : [g.allDay ? (o.startDate as string) : o.start.slice(0, 16)];
  });
  return skipped.length === 0 ? session : { ...session, exdates: [...new Set(skipped)] };
}

const eventArbitrary = fc.record({
  sessions: fc.array(sessionArbitrary, { minLength: 1, maxLength: 3 }),
  category: fc.constantFrom('concert' as const, 'fair' as const),
  eventStatus: fc.constantFrom('scheduled' as const, 'cancelled' as const),
  // English published, or only Russian (visible to a Belarusian reader, not to an English one), or only a draft.
  texts: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<Record<string, WorkflowStatus>>({ en: 'published' }, { en: 'published', ru: 'draft' }) },
    { weight: 1, arbitrary: fc.constantFrom<Record<string, WorkflowStatus>>({ ru: 'published' }, { en: 'draft' }) },
  ),
  // Saved one by one (create, then publish) or imported in bulk: both write the stored occurrences.
  isImported: fc.boolean(),
});

const queryArbitrary = fc.record({
  // Around some session's start, or years on: past the five-year horizon of an endless series.
  anchor: fc.nat(),
  offsetDays: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -3, max: 10 }) }, { weight: 1, arbitrary: fc.integer({ min: 60, max: 16 * 365 }) }),
  offsetMinutes: fc.integer({ min: 0, max: 1439 }),
  hours: fc.oneof(fc.integer({ min: 1, max: 48 }), fc.integer({ min: 48, max: 24 * 70 })),
  pageSize: fc.integer({ min: 1, max: 40 }),
  locale: fc.constantFrom('en', 'be'),
  filters: fc.oneof(
    { weight: 3, arbitrary: fc.constant<CalendarFilters>({}) },
    { weight: 2, arbitrary: fc.constantFrom<CalendarFilters>({ city: 'minsk' }, { city: 'БРЕСТ' }, { region: 'brest-region' }, { category: 'fair' }, { eventStatus: 'cancelled' }) },
  ),
  portalZone: fc.constantFrom('Europe/Minsk', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Kiritimati'),
});

/** What a page or an export answers, as the API serialises it, with the event by id. */
const asSerialised = (items: readonly { eventId: string; occurrence: object }[]) => JSON.parse(JSON.stringify(items)) as unknown;

describeEachDatabase('the stored occurrences', (dialect) => {
  let database: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ database, drop } = await createTestDatabase(dialect));
  });
  afterAll(() => drop());

  async function publishAll(inputs: { input: CreateEventInput; texts: Record<string, WorkflowStatus>; isImported: boolean }[]): Promise<Event[]> {
    const store = createEventStore(database, settingsIn('Europe/Minsk'));
    await importPublishedEvents(
      database,
      settingsIn('Europe/Minsk'),
      inputs.filter((i) => i.isImported).map(({ input, texts }) => ({ input, publishedAt: '2024-01-01T00:00:00Z', locales: texts })),
    );
    for (const { input, texts } of inputs.filter((i) => !i.isImported)) {
      const created = await store.create(input);
      await store.changeWorkflow(created.id, { status: 'published', locales: texts });
    }
    const ids = (await database.db.selectFrom('events').select('id').execute()).map((row) => row.id);
    return loadEvents(database.db, ids);
  }

  /** Every page of a range, walked by cursor, up to `maxPages`; and whether the walk reached the end. */
  async function walk(range: CalendarRange, filters: CalendarFilters, locale: string, pageSize: number, maxPages: number) {
    const store = createEventStore(database, settingsIn('Europe/Minsk'));
    const items: { eventId: string; occurrence: object }[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < maxPages; pages += 1) {
      const page = await store.listOccurrences(EventListQuerySchema.parse({ ...range, ...filters, limit: pageSize, ...(cursor ? { cursor } : {}) }), locale);
      items.push(...page.items.map(({ event, ...occurrence }) => ({ eventId: event.id, occurrence })));
      cursor = page.nextCursor ?? undefined;
      if (cursor === undefined) return { items, isComplete: true };
    }
    return { items, isComplete: false };
  }

  // Generous limits: these compare thousands of answers, and under `npm test` they share two cores with the browser
  // journeys; a limit here only catches a hang, it measures nothing.
  it('answer every range, month and export exactly as expanding every schedule does', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArbitrary, { minLength: 1, maxLength: 4 }), queryArbitrary, async (generated, query) => {
        await database.db.deleteFrom('events').execute(); // their sessions, texts and stored occurrences go with them
        const inputs = generated.flatMap((g, index) => {
          const schedule = g.sessions.map(sessionOf).filter((s) => s !== undefined);
          if (schedule.length === 0) return [];
          const translations = Object.fromEntries(Object.keys(g.texts).map((l) => [l, { title: `Event ${index} ${l}`, description: richTextFromParagraphs(['Text.']) }]));
          return [{ input: { category: g.category, eventStatus: g.eventStatus, translations, schedule }, texts: g.texts, isImported: g.isImported }];
        });
        fc.pre(inputs.length > 0);
        const events = await publishAll(inputs);

        const starts = events.flatMap((e) => e.schedule.map((s) => Temporal.PlainDate.from(s.start.slice(0, 10))));
        const anchor = (starts[query.anchor % starts.length] as Temporal.PlainDate).add({ days: query.offsetDays });
        const fromMs = Date.parse(`${anchor.toString()}T00:00:00Z`) + query.offsetMinutes * 60_000;
        const range = { from: new Date(fromMs).toISOString(), to: new Date(fromMs + query.hours * 3_600_000).toISOString() };
        const expected = occurrencesByExpansion(events, range, query.locale, locales, query.filters);

        const walked = await walk(range, query.filters, query.locale, query.pageSize, 25);
        expect(asSerialised(walked.items)).toEqual(asSerialised(expected.slice(0, walked.items.length)));
        if (walked.isComplete) expect(walked.items).toHaveLength(expected.length);

        const store = createEventStore(database, settingsIn(query.portalZone));
        const exported = await store.listOccurrencesForExport({ ...range, ...query.filters }, query.locale);
        expect(asSerialised(exported.map(({ event, ...occurrence }) => ({ eventId: event.id, occurrence })))).toEqual(asSerialised(expected));
        const feeds = await store.listEventsForExport({ ...range, ...query.filters }, query.locale);
        expect(new Map(feeds.map((f) => [f.event.id, f.sessionIndexes]))).toEqual(exportedSessionsByExpansion(events, range, query.locale, locales, query.filters));

        const month = { year: anchor.year, month: anchor.month };
        const counts = await store.countByDay({ ...month, category: query.filters.category }, query.locale);
        expect(counts.days).toEqual(dayCountsByExpansion(events, month, query.portalZone, query.locale, locales, query.filters.category));
      }),
      { numRuns: 80 },
    );
  });

  it('answer past the stored horizon, past the cap on a session and at the edges of days exactly as expanding does', { timeout: 180_000 }, async () => {
    await database.db.deleteFrom('events').execute();
    const text = { en: { title: 'Edge', description: richTextFromParagraphs(['Edge.']) } };
    const everyHour = Array.from({ length: 24 }, (_, hour) => hour).join(',');
    const events = await publishAll(
      [
        // 24 a day: the cap is reached some seven months in, mid-month.
        { start: '2027-01-01T00:00', end: '2027-01-01T00:30', rrule: `FREQ=DAILY;BYHOUR=${everyHour};BYMINUTE=0` },
        // Endless: stored for five years from its start, expanded after.
        { start: '2030-03-03T12:00', end: '2030-03-03T14:00', timeZone: 'Europe/Berlin', rrule: 'FREQ=WEEKLY;BYDAY=SU' },
        // Denser than daily: never stored.
        { start: '2031-05-01T10:00', end: '2031-05-01T10:15', rrule: 'FREQ=MINUTELY;INTERVAL=45;COUNT=300' },
        // Days' edges: ending at midnight, lasting no time at midnight, a day past the date line, a season-long run.
        { start: '2027-07-10T22:00', end: '2027-07-11T00:00' },
        { start: '2027-07-12T00:00', end: '2027-07-12T00:00' },
        { allDay: true, start: '2027-08-01', end: '2027-08-01', timeZone: 'Pacific/Kiritimati' },
        { allDay: true, start: '2027-06-20', end: '2027-09-10' },
      ].map((session) => ({ input: { category: 'other', translations: text, schedule: [session] }, texts: { en: 'published' }, isImported: true })),
    );
    const horizons = await database.db.selectFrom('event_occurrence_horizons').select('stored_until').orderBy('stored_until').execute();
    const capped = expandOccurrences((events.find((e) => e.schedule[0]?.start === '2027-01-01T00:00') as Event).schedule, { from: '2026-12-01T00:00:00Z', to: '2028-01-01T00:00:00Z' }, { limit: maxStoredPerSession + 1 });
    expect(horizons.map((h) => h.stored_until)).toEqual([new Date(Date.parse(capped.at(-1)?.startsAt ?? '')).toISOString(), '2031-05-01T07:00:00.000Z', '2035-03-03T11:00:00.000Z']);

    const store = createEventStore(database, settingsIn('Europe/Minsk'));
    for (const [year, month] of [[2027, 7], [2027, 8], [2031, 5], [2035, 2], [2035, 3], [2047, 11]] as const) {
      const first = Temporal.PlainDate.from({ year, month, day: 1 });
      const range = { from: `${first.toString()}T00:00:00Z`, to: `${first.add({ months: 1 }).toString()}T00:00:00Z` };
      const walked = await walk(range, {}, 'en', 100, 50);
      expect(walked.isComplete).toBe(true);
      expect(asSerialised(walked.items)).toEqual(asSerialised(occurrencesByExpansion(events, range, 'en', locales)));
      expect((await store.countByDay({ year, month }, 'en')).days).toEqual(dayCountsByExpansion(events, { year, month }, 'Europe/Minsk', 'en', locales));
    }
  });
});
