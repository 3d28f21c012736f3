import { describe, expect, it } from 'vitest';
import { EditorialCalendarQuerySchema, daysInRange, maxEditorialCalendarDays } from './editorial-calendar.js';

const issuesOf = (query: unknown) => {
  const parsed = EditorialCalendarQuerySchema.safeParse(query);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('/'));
};

describe('EditorialCalendarQuerySchema', () => {
  it('takes one day, or up to six weeks counting both ends', () => {
    expect(issuesOf({ from: '2026-03-29', to: '2026-03-29' })).toEqual([]);
    expect(daysInRange('2026-03-01', '2026-04-11')).toBe(maxEditorialCalendarDays);
    expect(issuesOf({ from: '2026-03-01', to: '2026-04-11', locale: 'be' })).toEqual([]);
  });

  it('refuses a range longer than six weeks or ending before it starts, on `to`', () => {
    expect(issuesOf({ from: '2026-03-01', to: '2026-04-12' })).toEqual(['to']);
    expect(issuesOf({ from: '2026-03-02', to: '2026-03-01' })).toEqual(['to']);
  });

  it('counts days across a change of year and a leap day', () => {
    expect(daysInRange('2027-12-31', '2028-01-01')).toBe(2);
    expect(daysInRange('2028-02-28', '2028-03-01')).toBe(3);
  });

  it('names a day that does not exist without measuring the range', () => {
    expect(issuesOf({ from: '2026-02-30', to: '2026-03-01' })).toEqual(['from']);
    expect(issuesOf({ from: '2026-03-01' })).toEqual(['to']);
  });
});
