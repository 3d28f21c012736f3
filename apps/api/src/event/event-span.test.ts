import { type EventScheduleInput, EventScheduleSchema, expandOccurrences } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { eventSpan } from './event-span.js';

const span = (schedule: EventScheduleInput) => eventSpan(EventScheduleSchema.parse(schedule));

describe('the stored span of an event', () => {
  it('runs from the first start to the last end of a one-off session, in its zone', () => {
    expect(span([{ start: '2026-11-06T19:00', end: '2026-11-06T21:30' }])).toEqual({
      firstStartsAt: '2026-11-06T16:00:00.000Z',
      lastEndsAt: '2026-11-06T18:30:00.000Z',
    });
  });

  it('ends an all-day run at the midnight after its last day', () => {
    expect(span([{ allDay: true, start: '2026-11-06', end: '2027-02-07' }]).lastEndsAt).toBe('2027-02-07T21:00:00.000Z');
  });

  it('ends a counted series exactly where its last occurrence ends', () => {
    expect(span([{ start: '2030-03-17T15:00', end: '2030-03-17T16:30', timeZone: 'Europe/Berlin', rrule: 'FREQ=WEEKLY;COUNT=4' }]).lastEndsAt).toBe(
      '2030-04-07T14:30:00.000Z',
    );
  });

  it('never ends before the last occurrence of a series ending on a day, whatever its zone', () => {
    const schedule = EventScheduleSchema.parse([
      { start: '2026-03-01T23:00', end: '2026-03-02T01:00', timeZone: 'America/New_York', rrule: 'FREQ=DAILY;UNTIL=20260331' },
    ]);
    const occurrences = expandOccurrences(schedule, { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' });
    const lastEnd = Math.max(...occurrences.map((o) => Date.parse(o.endsAt)));
    expect(Date.parse(eventSpan(schedule).lastEndsAt ?? '')).toBeGreaterThanOrEqual(lastEnd);
  });

  it('counts extra dates beyond the rule, and leaves an endless series open', () => {
    expect(span([{ start: '2026-01-04T10:00', end: '2026-01-04T11:00', rrule: 'FREQ=WEEKLY;COUNT=2', rdates: ['2026-06-01T10:00'] }]).lastEndsAt).toBe(
      '2026-06-01T08:00:00.000Z',
    );
    expect(span([{ start: '2026-01-04T10:00', end: '2026-01-04T11:00', rrule: 'FREQ=WEEKLY' }]).lastEndsAt).toBeNull();
  });

  it('spans every session of a touring event', () => {
    expect(
      span([
        { start: '2026-05-02T18:00', end: '2026-05-02T20:00' },
        { start: '2026-04-30T18:00', end: '2026-04-30T20:00' },
      ]),
    ).toEqual({ firstStartsAt: '2026-04-30T15:00:00.000Z', lastEndsAt: '2026-05-02T17:00:00.000Z' });
  });
});
