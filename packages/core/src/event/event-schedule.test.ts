import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validate } from '../errors/validate.js';
import {
  EventScheduleSchema,
  EventSessionSchema,
  RecurrenceRuleSchema,
  TimeZoneSchema,
  VenueSchema,
  defaultTimeZone,
} from './event-schedule.js';

const concert = { start: '2026-03-01T15:00', end: '2026-03-01T17:00' };
const exhibition = { allDay: true, start: '2026-11-06', end: '2027-02-07' };
const siteId = '7b0e2c1a-4f5d-4c8e-9a3b-2d1f0e9c8b7a';

describe('a time zone', () => {
  it('is Europe/Minsk unless the editor names another', () => {
    expect(defaultTimeZone).toBe('Europe/Minsk');
    expect(EventSessionSchema.parse(concert).timeZone).toBe('Europe/Minsk');
  });

  it('accepts IANA names, including links such as Europe/Kyiv and the name UTC', () => {
    const zones = ['Europe/Minsk', 'Europe/Berlin', 'America/New_York', 'America/Argentina/Buenos_Aires', 'Europe/Kyiv', 'UTC'];
    for (const zone of zones) {
      expect(validate(TimeZoneSchema, zone)).toEqual({ ok: true, value: zone });
    }
  });

  it('refuses fixed offsets, which cannot follow a country changing its clocks', () => {
    for (const zone of ['+03:00', '-0500', 'Z', 'UTC+3']) {
      const result = validate(TimeZoneSchema, zone);
      expect(result.ok, zone).toBe(false);
    }
    expect(validate(TimeZoneSchema, '+03:00')).toEqual({
      ok: false,
      issues: [{ pointer: '#', detail: 'Must be an IANA time zone name such as "Europe/Minsk", not an offset' }],
    });
  });

  it('refuses names the tz database does not know', () => {
    expect(validate(TimeZoneSchema, 'Europe/Atlantis')).toEqual({
      ok: false,
      issues: [{ pointer: '#', detail: '"Europe/Atlantis" is not a known IANA time zone' }],
    });
  });

  it('asks for the tz database spelling rather than storing a second spelling of one zone', () => {
    expect(validate(TimeZoneSchema, 'europe/minsk')).toEqual({
      ok: false,
      issues: [{ pointer: '#', detail: 'Write the time zone as "Europe/Minsk"' }],
    });
  });
});

describe('a recurrence rule', () => {
  const notAPart = 'is not a rule part such as FREQ=WEEKLY (names are upper case, parts separated by ";")';

  it('accepts the forms real calendars use', () => {
    for (const rule of [
      'FREQ=WEEKLY;BYDAY=SU;BYHOUR=15,17;BYMINUTE=0',
      'FREQ=DAILY;COUNT=5',
      'FREQ=MONTHLY;BYDAY=1SA;UNTIL=20271231',
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=7;UNTIL=20301107T210000Z',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;WKST=MO',
    ]) {
      expect(validate(RecurrenceRuleSchema, rule), rule).toEqual({ ok: true, value: rule });
    }
  });

  it.each([
    ['RRULE:FREQ=DAILY', 'Give the rule without the "RRULE:" prefix'],
    ['FREQ=DAILY\nDTSTART:20260101T100000Z', 'Give the first occurrence as "start", not as DTSTART in the rule'],
    ['freq=daily', `"freq=daily" ${notAPart}`],
    ['FREQ=DAILY;COLOUR=RED', `"COLOUR=RED" ${notAPart}`],
    ['FREQ=DAILY;', `"" ${notAPart}`],
    ['FREQ=DAILY;FREQ=WEEKLY', 'FREQ may appear only once'],
    ['FREQ=DAILY;COUNT=abc', 'COUNT must be 1…9007199254740991, not "abc"'],
    ['FREQ=DAILY;COUNT=0', 'COUNT must be 1…9007199254740991, not "0"'],
    ['FREQ=DAILY;BYHOUR=15,25', 'BYHOUR must be 0…23, not "15,25"'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'BYMONTHDAY must be ±1…31, not "32"'],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'BYMONTHDAY must be ±1…31, not "0"'],
    ['FREQ=DAILY;UNTIL=2026-12-31', 'UNTIL must be a last day such as 20261231 or a UTC time such as 20261231T210000Z'],
    ['FREQ=DAILY;UNTIL=20261231T210000', 'UNTIL must be a last day such as 20261231 or a UTC time such as 20261231T210000Z'],
    ['FREQ=DAILY;COUNT=3;UNTIL=20261231', 'Give COUNT or UNTIL, not both'],
    ['FREQ=DAILY;BYSETPOS=1', 'BYSETPOS needs another BY… part to pick from'],
    ['FREQ=FORTNIGHTLY', 'Not a valid recurrence rule: Invalid FREQ value: FORTNIGHTLY'],
    ['BYDAY=SU', 'Not a valid recurrence rule: RRULE must include FREQ'],
    ['FREQ=WEEKLY;BYDAY=XX', 'Not a valid recurrence rule: Invalid BYDAY value: XX'],
  ])('refuses %j with a message saying why', (rule, detail) => {
    expect(validate(RecurrenceRuleSchema, rule)).toEqual({ ok: false, issues: [{ pointer: '#', detail }] });
  });

  it('never lets the engine throw past validate(), whatever the text', () => {
    for (const rule of ['FREQ=DAILY;INTERVAL=0', 'FREQ=DAILY;WKST=XX', ';;;', '=', 'FREQ=', 'x'.repeat(1000)]) {
      expect(validate(RecurrenceRuleSchema, rule).ok, rule).toBe(false);
    }
  });
});

describe('a venue', () => {
  it('is a place in the catalogue, a free address with an optional map point, or an online address', () => {
    expect(validate(VenueSchema, { type: 'site', siteId }).ok).toBe(true);
    expect(validate(VenueSchema, { type: 'address', address: { en: 'Independence Square, Minsk' } }).ok).toBe(true);
    const square = { type: 'address', address: { be: 'Плошча Незалежнасці' }, coordinates: { lat: 53.8946, lng: 27.5475 } };
    expect(validate(VenueSchema, square).ok).toBe(true);
    expect(validate(VenueSchema, { type: 'online', url: 'https://stream.example.by/concert' }).ok).toBe(true);
  });

  it('names the field at fault in each kind', () => {
    const pointersOf = (venue: unknown) => {
      const result = validate(VenueSchema, venue);
      return result.ok ? [] : result.issues.map((issue) => issue.pointer);
    };
    expect(pointersOf({ type: 'site', siteId: 'mir-castle' })).toEqual(['#/siteId']);
    expect(pointersOf({ type: 'online', url: 'ftp://files.example.by' })).toEqual(['#/url']);
    expect(pointersOf({ type: 'address', address: { en: 'Minsk' }, coordinates: { lat: 95, lng: 27 } })).toEqual(['#/coordinates/lat']);
    expect(pointersOf({ type: 'cinema' })).toEqual(['#/type']);
  });
});

describe('a session', () => {
  it('fills in allDay and the time zone', () => {
    expect(EventSessionSchema.parse(concert)).toEqual({ ...concert, allDay: false, timeZone: 'Europe/Minsk' });
  });

  it('takes a whole description: rule, extra and skipped dates, venue, city and region', () => {
    const session = {
      ...concert,
      timeZone: 'Europe/Minsk',
      rrule: 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=15,17;BYMINUTE=0',
      rdates: ['2026-03-04T19:00'],
      exdates: ['2026-03-08T15:00', '2026-03-08T17:00'],
      venue: { type: 'site', siteId },
      city: { en: 'Minsk', ru: 'Минск', be: 'Мінск' },
      region: 'minsk-region',
    };
    expect(validate(EventSessionSchema, session)).toEqual({ ok: true, value: { allDay: false, ...session } });
  });

  it('accepts an all-day run whose last day is its first', () => {
    expect(validate(EventSessionSchema, { allDay: true, start: '2026-05-09', end: '2026-05-09' }).ok).toBe(true);
  });

  it('accepts an occurrence of no length, such as a start time with no announced end', () => {
    expect(validate(EventSessionSchema, { start: '2026-03-01T15:00', end: '2026-03-01T15:00:00' }).ok).toBe(true);
  });

  it('refuses an end before the start, pointing at the end', () => {
    expect(validate(EventScheduleSchema, [{ start: '2026-03-01T15:00', end: '2026-03-01T14:59' }])).toEqual({
      ok: false,
      issues: [{ pointer: '#/0/end', detail: 'Must not be before start' }],
    });
    expect(validate(EventScheduleSchema, [{ ...exhibition, end: '2026-11-05' }])).toEqual({
      ok: false,
      issues: [{ pointer: '#/0/end', detail: 'Must not be before start' }],
    });
  });

  it('compares times, not text, so 15:00 and 15:00:00 are the same moment', () => {
    expect(validate(EventSessionSchema, { start: '2026-03-01T15:00:30', end: '2026-03-01T15:00' })).toMatchObject({
      ok: false,
      issues: [{ pointer: '#/end' }],
    });
  });

  it('refuses days in a timed session and times in an all-day one, naming each field', () => {
    expect(validate(EventScheduleSchema, [concert, { start: '2026-03-02', end: '2026-03-02T17:00' }])).toEqual({
      ok: false,
      issues: [
        { pointer: '#/1/start', detail: 'A timed session is given as a date and time such as 2026-11-06T19:00 (or set allDay)' },
      ],
    });
    const mixed = { allDay: true, start: '2026-11-06', end: '2027-02-07T18:00', rdates: ['2027-03-01'], exdates: ['2026-12-31T10:00'] };
    expect(validate(EventSessionSchema, mixed)).toEqual({
      ok: false,
      issues: [
        { pointer: '#/end', detail: 'An all-day session is given in days such as 2026-11-06' },
        { pointer: '#/exdates/0', detail: 'An all-day session is given in days such as 2026-11-06' },
      ],
    });
  });

  it('refuses a time the clocks skip in the session zone, since nobody can be there at 02:30 that night', () => {
    const springNight = { start: '2026-03-29T02:30', end: '2026-03-29T04:00', timeZone: 'Europe/Berlin' };
    expect(validate(EventSessionSchema, springNight)).toEqual({
      ok: false,
      issues: [{ pointer: '#/start', detail: '2026-03-29T02:30 does not exist in Europe/Berlin: the clocks skip it' }],
    });
    // Minsk has kept one offset since 2011, so the same night is an ordinary one there.
    expect(validate(EventSessionSchema, { start: '2026-03-29T02:30', end: '2026-03-29T04:00' }).ok).toBe(true);
  });

  it('accepts a time the clocks repeat, meaning its first instance', () => {
    const autumnNight = { start: '2026-10-25T02:30', end: '2026-10-25T03:00', timeZone: 'Europe/Berlin' };
    expect(validate(EventSessionSchema, autumnNight).ok).toBe(true);
  });

  it('points into the rule, the zone, the venue and the dates when they are wrong', () => {
    const result = validate(EventScheduleSchema, [
      concert,
      {
        ...concert,
        timeZone: 'Mars/Olympus',
        rrule: 'FREQ=WEEKLY;BYHOUR=99',
        rdates: ['2026-03-05T19:00', '2026-02-30T19:00'],
        venue: { type: 'online', url: 'not a url' },
        region: 'Minsk Region',
      },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.pointer).sort()).toEqual(
      ['#/1/rdates/1', '#/1/region', '#/1/rrule', '#/1/timeZone', '#/1/venue/url'].sort(),
    );
  });

  it('refuses fields it does not know, so a misspelt "exdate" is not silently ignored', () => {
    expect(validate(EventSessionSchema, { ...concert, exdate: ['2026-03-08T15:00'] })).toEqual({
      ok: false,
      issues: [{ pointer: '#/exdate', detail: 'Unknown field' }],
    });
  });
});

describe('a schedule', () => {
  it('holds one or more sessions, such as one show in several cities', () => {
    const cities = ['Minsk', 'Brest', 'Gomel', 'Grodno', 'Vitebsk'].map((city, index) => ({
      start: `2026-04-0${index + 1}T19:00`,
      end: `2026-04-0${index + 1}T21:00`,
      city: { en: city },
    }));
    expect(validate(EventScheduleSchema, cities).ok).toBe(true);
  });

  it('refuses an empty schedule, since an event must happen somewhen', () => {
    expect(validate(EventScheduleSchema, [])).toEqual({
      ok: false,
      issues: [{ pointer: '#', detail: 'Give at least one session' }],
    });
  });

  it('refuses more than 100 sessions', () => {
    expect(validate(EventScheduleSchema, Array.from({ length: 101 }, () => concert)).ok).toBe(false);
  });
});

describe('the schemas as JSON Schema', () => {
  it.each([
    ['EventSchedule', EventScheduleSchema],
    ['EventSession', EventSessionSchema],
    ['Venue', VenueSchema],
    ['RecurrenceRule', RecurrenceRuleSchema],
    ['TimeZone', TimeZoneSchema],
  ] as const)('emits %s as a named component for input and for output', (id, schema) => {
    for (const io of ['input', 'output'] as const) {
      const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io });
      expect(json.$ref).toBe(`#/$defs/${id}`);
      expect(json.$defs).toHaveProperty(id);
    }
  });

  it('leaves allDay and timeZone optional for clients, with their defaults shown', () => {
    const json = z.toJSONSchema(EventSessionSchema, { target: 'draft-2020-12', io: 'input' });
    const session = json.$defs?.EventSession as { required: string[]; properties: Record<string, { default?: unknown }> };
    expect(session.required).toEqual(['start', 'end']);
    expect(session.properties.allDay?.default).toBe(false);
    expect(session.properties.timeZone?.default).toBe('Europe/Minsk');
  });
});
