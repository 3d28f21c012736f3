import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../errors/app-error.js';
import { adjacentMonths, firstDayOfWeekFor, monthGrid, weekdayNames } from './month-grid.js';

const rowsOf = (grid: ReturnType<typeof monthGrid>) => grid.weeks.map((week) => week.map((cell) => cell.day).join(' '));

function appErrorOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, issues: error.issues };
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('a month grid', () => {
  it('lays out February 2026 for English readers in exactly four rows, since it starts on a Sunday', () => {
    const grid = monthGrid(2026, 2, 'en');
    expect(grid.firstDayOfWeek).toBe(7);
    expect(grid.weekdays.map((w) => w.short).join(' ')).toBe('Su Mo Tu We Th Fr Sa');
    expect(rowsOf(grid)).toEqual([
      '1 2 3 4 5 6 7',
      '8 9 10 11 12 13 14',
      '15 16 17 18 19 20 21',
      '22 23 24 25 26 27 28',
    ]);
    expect(grid.weeks.flat().every((cell) => cell.inMonth)).toBe(true);
  });

  it('starts the week on Monday for Russian readers, filling the first row from January', () => {
    const grid = monthGrid(2026, 2, 'ru');
    expect(grid.firstDayOfWeek).toBe(1);
    expect(grid.weekdays.map((w) => w.short).join(' ')).toBe('пн вт ср чт пт сб вс');
    expect(grid.weekdays[0]).toEqual({ iso: 1, short: 'пн', long: 'понедельник' });
    expect(grid.weeks[0]?.map((cell) => cell.date)).toEqual([
      '2026-01-26',
      '2026-01-27',
      '2026-01-28',
      '2026-01-29',
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
    ]);
    expect(grid.weeks[0]?.map((cell) => cell.inMonth)).toEqual([false, false, false, false, false, false, true]);
    expect(grid.weeks).toHaveLength(5);
  });

  it('names the weekdays in Belarusian from Monday', () => {
    const grid = monthGrid(2026, 2, 'be');
    expect(grid.firstDayOfWeek).toBe(1);
    expect(grid.weekdays.map((w) => w.short).join(' ')).toBe('пн аў ср чц пт сб нд');
    expect(grid.weekdays.at(-1)).toEqual({ iso: 7, short: 'нд', long: 'нядзеля' });
  });

  it('gives English long names in full and short names as two letters', () => {
    expect(monthGrid(2026, 2, 'en').weekdays).toEqual([
      { iso: 7, short: 'Su', long: 'Sunday' },
      { iso: 1, short: 'Mo', long: 'Monday' },
      { iso: 2, short: 'Tu', long: 'Tuesday' },
      { iso: 3, short: 'We', long: 'Wednesday' },
      { iso: 4, short: 'Th', long: 'Thursday' },
      { iso: 5, short: 'Fr', long: 'Friday' },
      { iso: 6, short: 'Sa', long: 'Saturday' },
    ]);
  });

  it('needs six rows for August 2026, which starts on a Saturday', () => {
    const grid = monthGrid(2026, 8, 'en');
    expect(grid.weeks).toHaveLength(6);
    expect(grid.weeks[0]?.[6]).toEqual({ date: '2026-08-01', day: 1, inMonth: true, isoWeekday: 6 });
    expect(grid.weeks[5]?.map((cell) => cell.date)).toEqual([
      '2026-08-30',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
      '2026-09-03',
      '2026-09-04',
      '2026-09-05',
    ]);
  });

  it('crosses into the previous year at the start of January and the next at the end of December', () => {
    expect(monthGrid(2026, 1, 'ru').weeks[0]?.slice(0, 3).map((cell) => [cell.date, cell.inMonth])).toEqual([
      ['2025-12-29', false],
      ['2025-12-30', false],
      ['2025-12-31', false],
    ]);
    const lastRow = monthGrid(2026, 12, 'ru').weeks.at(-1) ?? [];
    expect(lastRow.slice(-3).map((cell) => cell.date)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
  });

  it('handles 29 February of a leap year', () => {
    const days = monthGrid(2024, 2, 'en').weeks.flat().filter((cell) => cell.inMonth);
    expect(days.at(-1)).toEqual({ date: '2024-02-29', day: 29, inMonth: true, isoWeekday: 4 });
  });

  it('lets the caller choose the first day of the week', () => {
    const grid = monthGrid(2026, 2, 'en', { firstDayOfWeek: 1 });
    expect(grid.weekdays.map((w) => w.short).join(' ')).toBe('Mo Tu We Th Fr Sa Su');
    expect(grid.weeks[0]?.[0]?.date).toBe('2026-01-26');
    const fromSaturday = monthGrid(2026, 2, 'ru', { firstDayOfWeek: 6 });
    expect(fromSaturday.weeks[0]?.[0]).toMatchObject({ date: '2026-01-31', isoWeekday: 6 });
  });

  it('is always whole weeks of consecutive days, 4 to 6 of them, holding the whole month', () => {
    for (const locale of ['en', 'ru']) {
      // Every month of years around now, and the leap-year edge cases of 2000 (leap) and 2100 (not).
      for (const year of [2000, 2016, 2019, 2020, 2021, 2024, 2025, 2026, 2027, 2028, 2031, 2100]) {
        for (let month = 1; month <= 12; month += 1) {
          const grid = monthGrid(year, month, locale);
          const cells = grid.weeks.flat();
          expect(grid.weeks.length).toBeGreaterThanOrEqual(4);
          expect(grid.weeks.length).toBeLessThanOrEqual(6);
          expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
          expect(cells[0]?.isoWeekday).toBe(grid.firstDayOfWeek);
          expect(cells.filter((cell) => cell.inMonth).map((cell) => cell.day)).toEqual(
            Array.from({ length: new Date(Date.UTC(year, month, 0)).getUTCDate() }, (_, i) => i + 1),
          );
          cells.slice(1).forEach((cell, i) => {
            expect(Date.parse(cell.date) - Date.parse(cells[i]?.date ?? '')).toBe(86_400_000);
          });
          // Leading and trailing days never fill a whole row.
          expect(grid.weeks[0]?.some((cell) => cell.inMonth)).toBe(true);
          expect(grid.weeks.at(-1)?.some((cell) => cell.inMonth)).toBe(true);
        }
      }
    }
  });

  it('refuses a month, year, first day or locale that makes no sense', () => {
    const refusal = (run: () => unknown) => {
      const { code, issues } = appErrorOf(run);
      return [code, ...issues.map((issue) => issue.pointer)];
    };
    expect(refusal(() => monthGrid(2026, 13, 'en'))).toEqual(['invalid-input', '#/month']);
    expect(refusal(() => monthGrid(2026.5, 1, 'en'))).toEqual(['invalid-input', '#/year']);
    expect(refusal(() => monthGrid(2026, 1, 'en', { firstDayOfWeek: 0 }))).toEqual(['invalid-input', '#/firstDayOfWeek']);
    expect(refusal(() => monthGrid(2026, 1, 'en', { firstDayOfWeek: 8 }))).toEqual(['invalid-input', '#/firstDayOfWeek']);
    expect(refusal(() => monthGrid(2026, 1, 'not a locale!'))).toEqual(['invalid-input', '#/locale']);
  });
});

describe('the first day of the week', () => {
  const prototype = Intl.Locale.prototype as object;
  const saved = ['weekInfo', 'getWeekInfo'].map((name) => [name, Object.getOwnPropertyDescriptor(prototype, name)] as const);

  afterEach(() => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(prototype, name, descriptor);
      else Reflect.deleteProperty(prototype, name);
    }
  });

  it('comes from Intl: Sunday for US English, Monday for British English, Russian and Belarusian', () => {
    expect(firstDayOfWeekFor('en')).toBe(7);
    expect(firstDayOfWeekFor('en-GB')).toBe(1);
    expect(firstDayOfWeekFor('ru')).toBe(1);
    expect(firstDayOfWeekFor('be')).toBe(1);
  });

  it('reads getWeekInfo() where the engine has the newer method', () => {
    Object.defineProperty(prototype, 'getWeekInfo', { configurable: true, value: () => ({ firstDay: 6 }) });
    expect(firstDayOfWeekFor('ru')).toBe(6);
  });

  it('falls back to a small table where the engine knows neither', () => {
    Object.defineProperty(prototype, 'weekInfo', { configurable: true, get: () => undefined });
    Object.defineProperty(prototype, 'getWeekInfo', { configurable: true, value: undefined });
    expect(firstDayOfWeekFor('en')).toBe(7);
    expect(firstDayOfWeekFor('en-GB')).toBe(7);
    expect(firstDayOfWeekFor('be')).toBe(1);
    expect(firstDayOfWeekFor('de')).toBe(1);
  });
});

describe('weekday names', () => {
  it('follow the order asked for, in the locale asked for', () => {
    expect(weekdayNames('ru', 7).map((w) => w.short)).toEqual(['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб']);
    expect(weekdayNames('en-GB', 1).map((w) => w.short)).toEqual(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
  });
});

describe('adjacent months', () => {
  it('steps within a year', () => {
    expect(adjacentMonths(2026, 5)).toEqual({ previous: { year: 2026, month: 4 }, next: { year: 2026, month: 6 } });
  });

  it('steps across the turn of the year in both directions', () => {
    expect(adjacentMonths(2026, 1)).toEqual({ previous: { year: 2025, month: 12 }, next: { year: 2026, month: 2 } });
    expect(adjacentMonths(2026, 12)).toEqual({ previous: { year: 2026, month: 11 }, next: { year: 2027, month: 1 } });
  });

  it('refuses a month outside 1 to 12', () => {
    expect(appErrorOf(() => adjacentMonths(2026, 0))).toMatchObject({
      code: 'invalid-input',
      issues: [{ pointer: '#/month' }],
    });
  });
});
