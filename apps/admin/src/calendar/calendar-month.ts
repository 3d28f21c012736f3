import { type MonthGrid, type YearMonth, adjacentMonths } from '@kraina/core';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month a calendar address names (`?month=2026-11`), else the month of `today`, so a bad bookmark still opens. */
export function monthFromUrl(params: URLSearchParams, today: string): YearMonth {
  const match = monthPattern.exec(params.get('month') ?? '') ?? monthPattern.exec(today.slice(0, 7));
  return match ? { year: Number(match[1]), month: Number(match[2]) } : { year: 1970, month: 1 };
}

/** How a month is written in the address: `2026-03`. */
export function monthParam({ year, month }: YearMonth): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The address of the month before or after, keeping every other filter in the address as it is. */
export function stepMonth(params: URLSearchParams, current: YearMonth, direction: 'previous' | 'next'): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('month', monthParam(adjacentMonths(current.year, current.month)[direction]));
  return next;
}

/** The days a grid shows, first to last, which is the range to ask the API for: the neighbouring months' days too. */
export function gridRange(grid: MonthGrid): { from: string; to: string } {
  const days = grid.weeks.flat();
  return { from: days[0]?.date ?? '', to: days.at(-1)?.date ?? '' };
}
