import { describe, expect, it } from 'vitest';
import { demoCalendar, portalDay } from './demo-calendar.js';

const run = (r: { start: { toString(): string }; last: { toString(): string } }) => `${r.start.toString()}…${r.last.toString()}`;

describe('demo calendar', () => {
  it('counts days in Minsk, where 22:30 UTC on 31 December is already New Year’s Day', () => {
    expect(demoCalendar(new Date('2027-12-31T22:30:00Z')).today.toString()).toBe('2028-01-01');
    expect(portalDay('2027-12-31T22:30:00Z')).toBe('2028-01-01');
  });

  it('finds this year’s run when it is still ahead, and next year’s once it is over', () => {
    const calendar = demoCalendar(new Date('2026-05-20T09:00:00Z'));
    expect(run(calendar.annual(7, 10, 6))).toBe('2026-07-10…2026-07-15');
    expect(run(calendar.annual(5, 9))).toBe('2027-05-09…2027-05-09');
    expect(run(calendar.annual(5, 20))).toBe('2026-05-20…2026-05-20');
  });

  it('shows a run under way from today, keeping its real last day, even one that began last year', () => {
    expect(run(demoCalendar(new Date('2026-07-12T09:00:00Z')).annual(7, 10, 6))).toBe('2026-07-12…2026-07-15');
    expect(run(demoCalendar(new Date('2026-01-03T09:00:00Z')).annual(12, 14, 24))).toBe('2026-01-03…2026-01-06');
  });

  it('finds the n-th weekday of a month, such as the second Saturday of September', () => {
    const calendar = demoCalendar(new Date('2026-05-20T09:00:00Z'));
    expect(run(calendar.nthWeekdayOf(9, 2, 6, 2))).toBe('2026-09-12…2026-09-13');
    expect(calendar.nthWeekdayOf(9, 1, 7).start.toString()).toBe('2026-09-06');
  });

  it('gives instants at Minsk wall-clock times', () => {
    expect(demoCalendar(new Date('2026-05-20T09:00:00Z')).instant(1, '10:40')).toBe('2026-05-19T07:40:00.000Z');
  });
});
