import { describe, expect, it } from 'vitest';
import { calendarMonthOf, monthParam } from './calendar-month.js';

const may = { year: 2026, month: 5 };

describe('calendarMonthOf', () => {
  it('shows the month the query asks for', () => {
    expect(calendarMonthOf('2025-12', may)).toEqual({ year: 2025, month: 12 });
  });

  it("keeps the page's own month when the query is missing, malformed or out of range", () => {
    expect(calendarMonthOf(undefined, may)).toEqual(may);
    expect(calendarMonthOf('2025-13', may)).toEqual(may);
    expect(calendarMonthOf('May', may)).toEqual(may);
    expect(calendarMonthOf(['2025-01', '2025-02'], may)).toEqual(may);
    expect(calendarMonthOf('1066-10', may)).toEqual(may);
  });
});

describe('monthParam', () => {
  it('writes a month with two digits', () => {
    expect(monthParam(2026, 4)).toBe('2026-04');
  });
});
