import { monthGrid } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { gridRange, monthFromUrl, monthParam, stepMonth } from './calendar-month.js';

describe('the editorial calendar’s month in the address', () => {
  it('opens the month the address names, else the current one when the value is missing or hand-broken', () => {
    expect(monthFromUrl(new URLSearchParams('month=2027-02'), '2026-11-28')).toEqual({ year: 2027, month: 2 });
    expect(monthFromUrl(new URLSearchParams('month=2027-13'), '2026-11-28')).toEqual({ year: 2026, month: 11 });
    expect(monthFromUrl(new URLSearchParams(''), '2026-11-28')).toEqual({ year: 2026, month: 11 });
  });

  it('steps across a year boundary and keeps the other filters', () => {
    const params = new URLSearchParams('month=2026-12&locale=be');
    expect(stepMonth(params, { year: 2026, month: 12 }, 'next').toString()).toBe('month=2027-01&locale=be');
    expect(stepMonth(params, { year: 2027, month: 1 }, 'previous').get('month')).toBe('2026-12');
    expect(monthParam({ year: 2026, month: 3 })).toBe('2026-03');
  });

  it('asks for every day the grid shows, including the neighbouring months’ days', () => {
    // November 2026 starts on a Sunday: a Monday-first grid begins on 26 October and ends on 6 December.
    expect(gridRange(monthGrid(2026, 11, 'ru'))).toEqual({ from: '2026-10-26', to: '2026-12-06' });
    expect(gridRange(monthGrid(2026, 11, 'en'))).toEqual({ from: '2026-11-01', to: '2026-12-05' });
  });
});
