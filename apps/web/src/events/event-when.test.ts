import type { EventSchedule } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { occurrencesToShow } from './event-when.js';

const session = (start: string, rrule?: string): EventSchedule[number] => ({
  start,
  end: `${start.slice(0, 10)}T21:00`,
  timeZone: 'Europe/Minsk',
  allDay: false,
  ...(rrule === undefined ? {} : { rrule }),
});

describe('occurrencesToShow', () => {
  const now = new Date('2026-11-28T10:00:00Z');

  it('shows the coming occurrences of an event within the next two years', () => {
    const { occurrences, isPast } = occurrencesToShow([session('2026-12-05T19:00', 'FREQ=WEEKLY;COUNT=3')], now, 10);
    expect(isPast).toBe(false);
    expect(occurrences).toHaveLength(3);
  });

  it('shows an event announced more than two years ahead from its first day, as coming', () => {
    const { occurrences, isPast } = occurrencesToShow([session('2030-06-10T19:00')], now, 10);
    expect(isPast).toBe(false);
    expect(occurrences.map((o) => o.localDate)).toEqual(['2030-06-10']);
  });

  it('shows a past event as past, with its last occurrences', () => {
    const { occurrences, isPast } = occurrencesToShow([session('2025-03-01T19:00')], now, 10);
    expect(isPast).toBe(true);
    expect(occurrences).toHaveLength(1);
  });
});
