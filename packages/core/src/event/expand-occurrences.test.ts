import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isAppError } from '../errors/app-error.js';
import { validate } from '../errors/validate.js';
import { type EventScheduleInput, EventScheduleSchema } from './event-schedule.js';
import { type Occurrence, OccurrenceSchema, countOccurrencesByDay, expandOccurrences } from './expand-occurrences.js';

const schedule = (input: EventScheduleInput) => EventScheduleSchema.parse(input);
const expand = (input: EventScheduleInput, from: string, to: string, limit?: number) =>
  expandOccurrences(schedule(input), { from, to }, limit === undefined ? {} : { limit });
const starts = (occurrences: Occurrence[]) => occurrences.map((o) => o.start);
const monthOf = (yearMonth: string) => {
  const next = new Date(`${yearMonth}-01T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return [`${yearMonth}-01T00:00:00Z`, next.toISOString().replace('.000Z', 'Z')] as const;
};
const march = monthOf('2026-03');
const berlin = 'Europe/Berlin';

function appErrorOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, issues: error.issues };
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('a weekly event across daylight-saving changes', () => {
  const sundayMatinee = {
    start: '2026-03-22T15:00',
    end: '2026-03-22T17:00',
    timeZone: 'Europe/Berlin',
    rrule: 'FREQ=WEEKLY;BYDAY=SU',
  };

  it('stays at 15:00 on the wall clock when Berlin springs forward, its UTC time moving an hour earlier', () => {
    const found = expand([sundayMatinee], '2026-03-20T00:00:00Z', '2026-04-06T00:00:00Z');
    expect(found.map((o) => [o.start, o.end, o.startsAt])).toEqual([
      ['2026-03-22T15:00:00+01:00', '2026-03-22T17:00:00+01:00', '2026-03-22T14:00:00Z'],
      ['2026-03-29T15:00:00+02:00', '2026-03-29T17:00:00+02:00', '2026-03-29T13:00:00Z'],
      ['2026-04-05T15:00:00+02:00', '2026-04-05T17:00:00+02:00', '2026-04-05T13:00:00Z'],
    ]);
  });

  it('stays at 15:00 on the wall clock when Berlin falls back, its UTC time moving an hour later', () => {
    const found = expand([sundayMatinee], '2026-10-17T00:00:00Z', '2026-11-02T00:00:00Z');
    expect(found.map((o) => [o.start, o.startsAt, o.endsAt])).toEqual([
      ['2026-10-18T15:00:00+02:00', '2026-10-18T13:00:00Z', '2026-10-18T15:00:00Z'],
      ['2026-10-25T15:00:00+01:00', '2026-10-25T14:00:00Z', '2026-10-25T16:00:00Z'],
      ['2026-11-01T15:00:00+01:00', '2026-11-01T14:00:00Z', '2026-11-01T16:00:00Z'],
    ]);
  });

  it('does the same in New York, whose clocks change on other dates', () => {
    const newYork = 'America/New_York';
    const brunch = { start: '2026-03-01T10:00', end: '2026-03-01T11:30', timeZone: newYork, rrule: 'FREQ=WEEKLY;COUNT=3' };
    expect(expand([brunch], ...march).map((o) => [o.start, o.startsAt])).toEqual([
      ['2026-03-01T10:00:00-05:00', '2026-03-01T15:00:00Z'],
      ['2026-03-08T10:00:00-04:00', '2026-03-08T14:00:00Z'],
      ['2026-03-15T10:00:00-04:00', '2026-03-15T14:00:00Z'],
    ]);
  });

  it('keeps one offset all year in Minsk, which has no daylight-saving time', () => {
    const found = expand([{ ...sundayMatinee, timeZone: 'Europe/Minsk' }], '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(found).toHaveLength(41); // 22 March to 27 December
    expect(new Set(found.map((o) => o.start.slice(-6)))).toEqual(new Set(['+03:00']));
    expect(new Set(found.map((o) => o.startsAt.slice(11)))).toEqual(new Set(['12:00:00Z']));
  });

  it('keeps an overnight occurrence ending at 04:00 on the clock on the night the clocks go forward', () => {
    const party = { start: '2026-03-28T22:00', end: '2026-03-29T04:00', timeZone: berlin, rrule: 'FREQ=DAILY;COUNT=2' };
    expect(expand([party], '2026-03-28T00:00:00Z', '2026-04-01T00:00:00Z').map((o) => [o.start, o.end])).toEqual([
      ['2026-03-28T22:00:00+01:00', '2026-03-29T04:00:00+02:00'],
      ['2026-03-29T22:00:00+02:00', '2026-03-30T04:00:00+02:00'],
    ]);
  });

  it('drops a daily 02:30 on the night Berlin skips 02:30 (RFC 5545) and takes the first 02:30 when it repeats', () => {
    const nightTour = { start: '2026-03-27T02:30', end: '2026-03-27T03:00', timeZone: berlin, rrule: 'FREQ=DAILY;COUNT=4' };
    expect(starts(expand([nightTour], ...march))).toEqual([
      '2026-03-27T02:30:00+01:00',
      '2026-03-28T02:30:00+01:00',
      '2026-03-30T02:30:00+02:00',
      '2026-03-31T02:30:00+02:00',
    ]);
    const autumn = expand([{ ...nightTour, start: '2026-10-25T02:30', end: '2026-10-25T03:00' }], ...monthOf('2026-10'));
    expect(autumn[0]?.start).toBe('2026-10-25T02:30:00+02:00');
  });
});

describe('exceptions and extra dates', () => {
  const weekly = { start: '2026-03-01T15:00', end: '2026-03-01T16:00', rrule: 'FREQ=WEEKLY;BYDAY=SU' };

  it('removes the occurrences named in exdates', () => {
    const found = expand([{ ...weekly, exdates: ['2026-03-08T15:00', '2026-03-22T15:00'] }], ...march);
    expect(starts(found)).toEqual(['2026-03-01T15:00:00+03:00', '2026-03-15T15:00:00+03:00', '2026-03-29T15:00:00+03:00']);
  });

  it('adds the occurrences named in rdates, each lasting as long as the first', () => {
    const found = expand([{ ...weekly, rdates: ['2026-03-04T19:00'] }], '2026-03-01T00:00:00Z', '2026-03-09T00:00:00Z');
    expect(found.map((o) => [o.start, o.end])).toEqual([
      ['2026-03-01T15:00:00+03:00', '2026-03-01T16:00:00+03:00'],
      ['2026-03-04T19:00:00+03:00', '2026-03-04T20:00:00+03:00'],
      ['2026-03-08T15:00:00+03:00', '2026-03-08T16:00:00+03:00'],
    ]);
  });

  it('counts an excluded occurrence towards COUNT, as RFC 5545 applies EXDATE after COUNT', () => {
    const found = expand([{ ...weekly, rrule: 'FREQ=WEEKLY;COUNT=3', exdates: ['2026-03-08T15:00'] }], ...march);
    expect(starts(found)).toEqual(['2026-03-01T15:00:00+03:00', '2026-03-15T15:00:00+03:00']);
  });

  it('treats a session without a rule as its start plus its rdates, minus its exdates', () => {
    const tour = {
      start: '2026-05-01T19:00',
      end: '2026-05-01T21:00',
      rdates: ['2026-05-02T19:00', '2026-05-03T19:00'],
      exdates: ['2026-05-02T19:00'],
    };
    expect(starts(expand([tour], ...monthOf('2026-05')))).toEqual([
      '2026-05-01T19:00:00+03:00',
      '2026-05-03T19:00:00+03:00',
    ]);
  });

  it('keeps the start as the first occurrence even when it does not fit the rule', () => {
    const notASunday = { ...weekly, start: '2026-03-04T15:00', end: '2026-03-04T16:00' };
    const found = expand([notASunday], '2026-03-01T00:00:00Z', '2026-03-16T00:00:00Z');
    expect(starts(found)).toEqual(['2026-03-04T15:00:00+03:00', '2026-03-08T15:00:00+03:00', '2026-03-15T15:00:00+03:00']);
  });
});

describe('several times a day', () => {
  it('gives two occurrences every Sunday for "every Sunday at 15:00 and 17:00"', () => {
    const matinees = {
      start: '2026-03-01T15:00',
      end: '2026-03-01T16:30',
      rrule: 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=15,17;BYMINUTE=0',
    };
    const found = expand([matinees], ...march);
    expect(found).toHaveLength(10);
    expect(found.slice(0, 4).map((o) => [o.start, o.end])).toEqual([
      ['2026-03-01T15:00:00+03:00', '2026-03-01T16:30:00+03:00'],
      ['2026-03-01T17:00:00+03:00', '2026-03-01T18:30:00+03:00'],
      ['2026-03-08T15:00:00+03:00', '2026-03-08T16:30:00+03:00'],
      ['2026-03-08T17:00:00+03:00', '2026-03-08T18:30:00+03:00'],
    ]);
    const weekdays = found.map((o) => new Date(`${o.localDate}T00:00:00Z`).getUTCDay());
    expect(new Set(weekdays)).toEqual(new Set([0])); // Sundays only
  });
});

describe('all-day events', () => {
  const museum = { type: 'address', address: { en: 'National Art Museum' } } as const;
  const exhibition = { allDay: true, start: '2026-11-06', end: '2027-02-07', venue: museum };

  it('returns a months-long exhibition for a December that lies entirely inside it', () => {
    expect(expand([exhibition], ...monthOf('2026-12'))).toEqual([
      {
        sessionIndex: 0,
        start: '2026-11-06T00:00:00+03:00',
        end: '2027-02-08T00:00:00+03:00',
        startsAt: '2026-11-05T21:00:00Z',
        endsAt: '2027-02-07T21:00:00Z',
        allDay: true,
        timeZone: 'Europe/Minsk',
        localDate: '2026-11-06',
        startDate: '2026-11-06',
        endDate: '2027-02-07',
        venue: museum,
      },
    ]);
  });

  it('runs until the end of its last day in its own zone, and no longer', () => {
    expect(expand([exhibition], '2027-02-07T20:59:59Z', '2027-03-01T00:00:00Z')).toHaveLength(1);
    expect(expand([exhibition], '2027-02-07T21:00:00Z', '2027-03-01T00:00:00Z')).toHaveLength(0);
  });

  it('repeats by days, and UNTIL as a day includes that day', () => {
    const marketDay = { allDay: true, start: '2026-03-07', end: '2026-03-08', rrule: 'FREQ=WEEKLY;UNTIL=20260321' };
    const found = expand([marketDay], ...march);
    expect(found.map((o) => [o.startDate, o.endDate])).toEqual([
      ['2026-03-07', '2026-03-08'],
      ['2026-03-14', '2026-03-15'],
      ['2026-03-21', '2026-03-22'],
    ]);
  });

  it('starts a day at whatever time the day starts where midnight is skipped', () => {
    // Chile moves its clocks from 00:00 to 01:00 on 6 September 2026.
    const dayOfChange = { allDay: true, start: '2026-09-06', end: '2026-09-06', timeZone: 'America/Santiago' };
    const found = expand([dayOfChange], ...monthOf('2026-09'));
    expect(found.map((o) => [o.start, o.end])).toEqual([['2026-09-06T01:00:00-03:00', '2026-09-07T00:00:00-03:00']]);
  });
});

describe('one event in several cities', () => {
  const tour: EventScheduleInput = [
    { allDay: true, start: '2026-02-28', end: '2026-12-11', city: { en: 'Minsk' }, region: 'minsk' },
    {
      start: '2026-03-10T19:00',
      end: '2026-03-10T21:00',
      city: { en: 'Brest' },
      region: 'brest-region',
      rrule: 'FREQ=DAILY;COUNT=3',
    },
    {
      start: '2026-03-11T19:00',
      end: '2026-03-11T21:00',
      city: { en: 'Gomel' },
      region: 'gomel-region',
      venue: { type: 'online', url: 'https://gomel.example.by/live' },
    },
    { start: '2026-04-01T19:00', end: '2026-04-01T21:00', city: { en: 'Grodno' } },
  ];

  it('returns each session on its own dates, with its own city, region and venue, in time order', () => {
    const found = expand(tour, ...march);
    expect(found.map((o) => [o.sessionIndex, o.city?.en, o.region, o.localDate])).toEqual([
      [0, 'Minsk', 'minsk', '2026-02-28'],
      [1, 'Brest', 'brest-region', '2026-03-10'],
      [1, 'Brest', 'brest-region', '2026-03-11'],
      [2, 'Gomel', 'gomel-region', '2026-03-11'],
      [1, 'Brest', 'brest-region', '2026-03-12'],
    ]);
    expect(found[3]?.venue).toEqual({ type: 'online', url: 'https://gomel.example.by/live' });
  });

  it('orders occurrences that start together by session', () => {
    const twin = [
      { start: '2026-03-10T19:00', end: '2026-03-10T22:00', city: { en: 'Vitebsk' } },
      { start: '2026-03-10T19:00', end: '2026-03-10T21:00', city: { en: 'Mogilev' } },
    ];
    expect(expand(twin, ...march).map((o) => o.sessionIndex)).toEqual([0, 1]);
  });

  it('describes every occurrence in the shape the API promises', () => {
    for (const occurrence of expand(tour, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')) {
      expect(validate(OccurrenceSchema, occurrence)).toEqual({ ok: true, value: occurrence });
    }
  });
});

describe('the edges of the range', () => {
  const hour = { start: '2026-03-10T12:00', end: '2026-03-10T13:00' }; // 09:00–10:00 UTC

  it('includes an occurrence starting exactly at "from" and excludes one starting exactly at "to"', () => {
    expect(expand([hour], '2026-03-10T09:00:00Z', '2026-03-11T00:00:00Z')).toHaveLength(1);
    expect(expand([hour], '2026-03-10T00:00:00Z', '2026-03-10T09:00:00Z')).toHaveLength(0);
  });

  it('excludes an occurrence that ends exactly at "from", since ends are exclusive', () => {
    expect(expand([hour], '2026-03-10T10:00:00Z', '2026-03-11T00:00:00Z')).toHaveLength(0);
    expect(expand([hour], '2026-03-10T09:59:59Z', '2026-03-11T00:00:00Z')).toHaveLength(1);
  });

  it('includes an occurrence of no length at "from", but not one just before it', () => {
    const instant = { start: '2026-03-10T12:00', end: '2026-03-10T12:00' };
    expect(expand([instant], '2026-03-10T09:00:00Z', '2026-03-10T10:00:00Z')).toHaveLength(1);
    expect(expand([instant], '2026-03-10T09:00:01Z', '2026-03-10T10:00:00Z')).toHaveLength(0);
  });

  it('includes a recurring occurrence that started before the range and is still running', () => {
    const nightShift = { start: '2026-03-01T22:00', end: '2026-03-02T02:00', rrule: 'FREQ=DAILY' };
    // 00:00–01:00 in Minsk on 10 March: only the shift that began at 22:00 on 9 March is running.
    const found = expand([nightShift], '2026-03-09T21:00:00Z', '2026-03-09T22:00:00Z');
    expect(starts(found)).toEqual(['2026-03-09T22:00:00+03:00']);
  });

  it('includes a weekend festival from the Friday before when the range starts on Sunday', () => {
    const festival = { start: '2026-06-05T18:00', end: '2026-06-07T23:00', rrule: 'FREQ=WEEKLY;COUNT=4' };
    const found = expand([festival], '2026-06-14T09:00:00Z', '2026-06-14T10:00:00Z');
    expect(starts(found)).toEqual(['2026-06-12T18:00:00+03:00']);
  });

  it('accepts the range with any offset, as an instant', () => {
    expect(expand([hour], '2026-03-10T12:00:00+03:00', '2026-03-10T13:00:00+03:00')).toHaveLength(1);
  });

  it('returns nothing for an empty range', () => {
    expect(expand([hour], '2026-03-10T09:00:00Z', '2026-03-10T09:00:00Z')).toEqual([]);
  });
});

describe('how a series ends', () => {
  const weekly = { start: '2026-03-01T15:00', end: '2026-03-01T16:00' }; // 12:00 UTC in Minsk
  const wholeYear = ['2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'] as const;

  it('stops after COUNT occurrences', () => {
    expect(starts(expand([{ ...weekly, rrule: 'FREQ=WEEKLY;COUNT=3' }], ...wholeYear))).toEqual([
      '2026-03-01T15:00:00+03:00',
      '2026-03-08T15:00:00+03:00',
      '2026-03-15T15:00:00+03:00',
    ]);
  });

  it('includes every occurrence on the UNTIL day when UNTIL is a day', () => {
    const found = expand([{ ...weekly, rrule: 'FREQ=WEEKLY;UNTIL=20260322' }], ...wholeYear);
    expect(found.at(-1)?.start).toBe('2026-03-22T15:00:00+03:00');
  });

  it('includes an occurrence exactly at a UTC UNTIL and excludes one a second after it', () => {
    expect(expand([{ ...weekly, rrule: 'FREQ=WEEKLY;UNTIL=20260322T120000Z' }], ...wholeYear)).toHaveLength(4);
    expect(expand([{ ...weekly, rrule: 'FREQ=WEEKLY;UNTIL=20260322T115959Z' }], ...wholeYear)).toHaveLength(3);
  });

  it('finds the occurrences of a long series far from its start', () => {
    const since1990 = { start: '1990-01-01T09:00', end: '1990-01-01T10:00', rrule: 'FREQ=DAILY' };
    const found = expand([since1990], '2030-05-01T00:00:00Z', '2030-05-08T00:00:00Z');
    expect(starts(found)).toHaveLength(7);
    expect(found[0]?.start).toBe('2030-05-01T09:00:00+03:00');
  });
});

describe('bounded work', () => {
  const century = ['2026-01-01T00:00:00Z', '2126-01-01T00:00:00Z'] as const;

  const daily = { start: '2026-01-01T09:00', end: '2026-01-01T10:00', rrule: 'FREQ=DAILY' };

  it('returns no more than the limit, the earliest first', () => {
    const found = expand([daily], ...century, 10);
    expect(found).toHaveLength(10);
    expect(found.at(-1)?.localDate).toBe('2026-01-10');
    expect(expand([daily], ...century)).toHaveLength(1000);
  });

  // Bounded work is proved by finishing at all within the test timeout; how fast is the benchmark's business,
  // since a wall-clock assertion fails on a loaded CI machine without any bug.
  it('finishes for an endless FREQ=SECONDLY rule over a century, stopping at the limit', () => {
    const found = expand([{ start: '2026-03-01T15:00', end: '2026-03-01T15:00', rrule: 'FREQ=SECONDLY' }], ...century);
    expect(found).toHaveLength(1000);
    expect(found.at(-1)?.start).toBe('2026-03-01T15:16:39+03:00');
  });

  it('finishes, if incompletely, for rules too dense to walk, even a hundred of them', () => {
    const dense = { start: '2020-03-01T15:00', end: '2020-03-01T15:00', rrule: 'FREQ=SECONDLY;BYMONTH=2;BYDAY=MO' };
    const countedFromLongAgo = { ...dense, rrule: 'FREQ=MINUTELY;COUNT=100000000' };
    const found = expand([...Array.from({ length: 99 }, () => dense), countedFromLongAgo], ...century);
    expect(found.length).toBeLessThanOrEqual(1000);
  }, 60_000);

  it('refuses a limit that is not a whole number from 1 to 10,000', () => {
    for (const limit of [0, -1, 1.5, 10_001, Number.NaN]) {
      expect(appErrorOf(() => expand([daily], ...century, limit))).toMatchObject({
        code: 'invalid-input',
        issues: [{ pointer: '#/limit' }],
      });
    }
  });
});

describe('a bad range', () => {
  const session = [{ start: '2026-01-01T09:00', end: '2026-01-01T10:00' }];

  it('is refused as invalid input naming the field, whether unreadable or without a zone', () => {
    expect(appErrorOf(() => expand(session, 'yesterday', '2026-01-01T00:00:00Z'))).toMatchObject({
      code: 'invalid-input',
      issues: [{ pointer: '#/from' }],
    });
    expect(appErrorOf(() => expand(session, '2026-01-01T00:00:00Z', '2026-02-01T00:00'))).toMatchObject({
      code: 'invalid-input',
      issues: [{ pointer: '#/to' }],
    });
  });

  it('is refused outside the years 1 to 9999, where the calendar arithmetic would run out', () => {
    expect(appErrorOf(() => expand(session, '+275000-01-01T00:00:00Z', '+275001-01-01T00:00:00Z'))).toMatchObject({
      code: 'invalid-input',
      issues: [{ pointer: '#/from' }],
    });
    expect(expand(session, '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z')).toHaveLength(1);
  });

  it('is refused when it ends before it starts', () => {
    expect(appErrorOf(() => expand(session, '2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z'))).toEqual({
      code: 'invalid-input',
      issues: [{ pointer: '#/to', detail: 'Must not be before "from"' }],
    });
  });
});

describe('counting occurrences by day', () => {
  it('counts each occurrence on its day, twice on a day with two shows', () => {
    const rrule = 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=15,17;BYMINUTE=0;COUNT=4';
    const found = expand([{ start: '2026-03-01T15:00', end: '2026-03-01T16:30', rrule }], ...march);
    expect(countOccurrencesByDay(found, 'Europe/Minsk')).toEqual({
      '2026-03-01': 2,
      '2026-03-08': 2,
    });
  });

  it('counts a multi-day occurrence on every day it runs, but not on the day it ends at midnight', () => {
    const festival = { start: '2026-06-05T18:00', end: '2026-06-08T00:00' };
    expect(countOccurrencesByDay(expand([festival], ...monthOf('2026-06')), 'Europe/Minsk')).toEqual({
      '2026-06-05': 1,
      '2026-06-06': 1,
      '2026-06-07': 1,
    });
  });

  it('counts timed occurrences by the calendar of the given zone', () => {
    const lateShow = expand([{ start: '2026-03-10T23:30', end: '2026-03-11T00:30' }], ...march);
    expect(countOccurrencesByDay(lateShow, 'Europe/Minsk')).toEqual({ '2026-03-10': 1, '2026-03-11': 1 });
    expect(countOccurrencesByDay(lateShow, 'Europe/Berlin')).toEqual({ '2026-03-10': 1 });
  });

  it('counts an all-day occurrence on its own days whatever the zone of the calendar', () => {
    const holiday = expand([{ allDay: true, start: '2026-07-03', end: '2026-07-03' }], ...monthOf('2026-07'));
    expect(countOccurrencesByDay(holiday, 'America/New_York')).toEqual({ '2026-07-03': 1 });
  });

  it('counts an occurrence of no length on the day it happens', () => {
    const instant = expand([{ start: '2026-03-10T12:00', end: '2026-03-10T12:00' }], ...march);
    expect(countOccurrencesByDay(instant, 'Europe/Minsk')).toEqual({ '2026-03-10': 1 });
  });

  it('keeps to the days asked for, so a months-long exhibition fills only the month on screen', () => {
    const exhibition = expand([{ allDay: true, start: '2026-11-06', end: '2027-02-07' }], ...monthOf('2026-12'));
    const december = countOccurrencesByDay(exhibition, 'Europe/Minsk', { from: '2026-12-01', to: '2026-12-31' });
    expect(Object.keys(december)).toHaveLength(31);
    expect(new Set(Object.values(december))).toEqual(new Set([1]));
    expect(Object.keys(countOccurrencesByDay(exhibition, 'Europe/Minsk'))).toHaveLength(94);
  });

  it('refuses a zone that is not an IANA name', () => {
    expect(appErrorOf(() => countOccurrencesByDay([], '+03:00'))).toMatchObject({
      code: 'invalid-input',
      issues: [{ pointer: '#/timeZone' }],
    });
  });
});

describe('the occurrence schema', () => {
  it('is a named component in JSON Schema', () => {
    const json = z.toJSONSchema(OccurrenceSchema, { target: 'draft-2020-12', io: 'output' });
    expect(json.$ref).toBe('#/$defs/Occurrence');
  });
});
