import { describe, expect, it } from 'vitest';
import { rescheduledAt } from './rescheduled-at.js';

describe('moving a scheduled item to another day', () => {
  it('keeps its time of day in the portal’s zone', () => {
    expect(rescheduledAt('2026-11-10T05:30:00Z', '2026-11-14', 'Europe/Minsk')).toBe('2026-11-14T05:30:00Z');
  });

  it('keeps the wall-clock time across a change of daylight-saving time, not the number of hours', () => {
    // 07:00 in Warsaw is 06:00Z in March before the change and 05:00Z after it.
    expect(rescheduledAt('2027-03-26T06:00:00Z', '2027-03-29', 'Europe/Warsaw')).toBe('2027-03-29T05:00:00Z');
  });

  it('counts the day in the portal’s zone, not in UTC', () => {
    // 23:30 on 9 November in Minsk is 20:30Z; moved to the 12th it stays 23:30 there.
    expect(rescheduledAt('2026-11-09T20:30:00Z', '2026-11-12', 'Europe/Minsk')).toBe('2026-11-12T20:30:00Z');
  });
});
