import { describe, expect, it } from 'vitest';
import { calendarQuery, readCalendarRequest } from './event-filters.js';

const december = { year: 2026, month: 12 };

describe('readCalendarRequest', () => {
  it('reads the month and every filter from the address', () => {
    const request = readCalendarRequest({ month: '2027-01', category: 'concert', city: ' Minsk ', from: '2027-01-05', to: '2027-01-09' }, december);
    expect(request.month).toEqual({ year: 2027, month: 1 });
    expect(request.isMonthChosen).toBe(true);
    expect(request.filters).toEqual({ category: 'concert', city: 'Minsk', from: '2027-01-05', to: '2027-01-09' });
    expect(request.problems).toEqual([]);
  });

  it('takes empty form fields as "any" and defaults to this month', () => {
    const request = readCalendarRequest({ category: '', city: '', from: '', to: '' }, december);
    expect(request.month).toEqual(december);
    expect(request.isMonthChosen).toBe(false);
    expect(request.filters).toEqual({ category: undefined, city: undefined, from: undefined, to: undefined });
    expect(request.problems).toEqual([]);
  });

  it('drops and reports each value it cannot use, naming the field', () => {
    const request = readCalendarRequest({ month: '2026-13', category: 'party', city: ['Minsk', 'Brest'], from: '2026-02-30' }, december);
    expect(request.problems.map((p) => p.field)).toEqual(['month', 'category', 'city', 'from']);
    expect(request.filters).toEqual({ category: undefined, city: undefined, from: undefined, to: undefined });
    expect(request.month).toEqual(december);
  });

  it('refuses a range that ends before it starts, keeping its start', () => {
    const request = readCalendarRequest({ from: '2026-12-10', to: '2026-12-01' }, december);
    expect(request.problems).toEqual([{ field: 'to', value: '2026-12-01', reason: 'to-before-from' }]);
    expect(request.filters.from).toBe('2026-12-10');
  });

  it('opens on the month a range starts in, even when the address names a month the range does not reach', () => {
    expect(readCalendarRequest({ from: '2027-03-08' }, december).month).toEqual({ year: 2027, month: 3 });
    expect(readCalendarRequest({ month: '2026-12', from: '2027-03-08' }, december).month).toEqual({ year: 2027, month: 3 });
    expect(readCalendarRequest({ month: '2027-01', from: '2026-12-20', to: '2027-02-10' }, december).month).toEqual({ year: 2027, month: 1 });
  });
});

describe('calendarQuery', () => {
  it('writes the month first, then the filters, and nothing for a bare calendar', () => {
    expect(calendarQuery({ city: 'Minsk', category: 'sport' }, { year: 2027, month: 2 })).toBe('?month=2027-02&category=sport&city=Minsk');
    expect(calendarQuery({})).toBe('');
  });
});
