import { describe, expect, it } from 'vitest';
import { dayOf, formatDay, formatMonth } from './format-date.js';

describe('dayOf', () => {
  it("counts a late-evening UTC instant as the next day in Minsk, the portal's zone", () => {
    expect(dayOf('2026-05-11T22:30:00Z', 'Europe/Minsk')).toBe('2026-05-12');
  });
});

describe('formatDay', () => {
  it('writes a day in the words of each language', () => {
    expect(formatDay('2026-05-12', 'en')).toBe('May 12, 2026');
    expect(formatDay('2026-05-12', 'ru')).toMatch(/^12 мая 2026/);
    expect(formatDay('2026-05-12', 'be')).toMatch(/^12 мая 2026/);
  });
});

describe('formatMonth', () => {
  it('heads a calendar with the month capitalised in its language', () => {
    expect(formatMonth(2026, 5, 'en')).toBe('May 2026');
    expect(formatMonth(2026, 5, 'ru')).toMatch(/^Май 2026/);
  });
});
