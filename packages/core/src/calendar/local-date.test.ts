import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validate } from '../errors/validate.js';
import { LocalDateSchema, LocalDateTimeSchema, isLocalDate, isLocalDateTime } from './local-date.js';

describe('a local date', () => {
  it('accepts a real day written YYYY-MM-DD, including 29 February of a leap year', () => {
    for (const day of ['2026-11-06', '2024-02-29', '2000-02-29', '2026-12-31']) expect(isLocalDate(day)).toBe(true);
  });

  it('refuses days the calendar does not have, such as 30 February or 29 February 2026', () => {
    for (const day of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10']) {
      expect(isLocalDate(day)).toBe(false);
    }
  });

  it('refuses other spellings of a day: no time, no short forms, no slashes', () => {
    for (const day of ['2026-1-6', '26-11-06', '2026/11/06', '2026-11-06T00:00', ' 2026-11-06', '']) {
      expect(isLocalDate(day)).toBe(false);
    }
  });

  it('explains the expected form when validation fails', () => {
    expect(validate(LocalDateSchema, '2026-02-30')).toEqual({
      ok: false,
      issues: [{ pointer: '#', detail: 'Must be a real date written YYYY-MM-DD' }],
    });
  });
});

describe('a local date and time', () => {
  it('accepts a wall-clock time to the minute or to the second', () => {
    for (const value of ['2026-03-29T15:00', '2026-03-29T15:00:30', '2026-12-31T23:59:59', '2024-02-29T00:00']) {
      expect(isLocalDateTime(value)).toBe(true);
    }
  });

  it('refuses a day that does not exist even when the time is fine', () => {
    expect(isLocalDateTime('2026-02-30T15:00')).toBe(false);
  });

  it('refuses offsets, zones, fractions and impossible times, since the zone travels separately', () => {
    for (const value of [
      '2026-03-29T15:00Z',
      '2026-03-29T15:00+03:00',
      '2026-03-29T15:00:00.5',
      '2026-03-29T24:00',
      '2026-03-29T15:60',
      '2026-03-29 15:00',
      '2026-03-29T15',
      '2026-03-29',
    ]) {
      expect(isLocalDateTime(value)).toBe(false);
    }
  });

  it('names the expected form when validation fails', () => {
    expect(validate(LocalDateTimeSchema, '2026-03-29T15:00+03:00')).toMatchObject({
      ok: false,
      issues: [{ pointer: '#', detail: 'Must be a real date and time written YYYY-MM-DDTHH:mm' }],
    });
  });

  it('describes both forms in JSON Schema as named components with a pattern that rejects 30 February', () => {
    const json = z.toJSONSchema(z.object({ day: LocalDateSchema, time: LocalDateTimeSchema }), { target: 'draft-2020-12' });
    const defs = json.$defs as Record<string, { pattern: string; format?: string }>;
    expect(defs.LocalDate?.format).toBe('date');
    expect(new RegExp(defs.LocalDate?.pattern ?? '').test('2026-02-30')).toBe(false);
    expect(new RegExp(defs.LocalDateTime?.pattern ?? '').test('2026-03-29T15:00')).toBe(true);
    expect(new RegExp(defs.LocalDateTime?.pattern ?? '').test('2026-02-30T15:00')).toBe(false);
  });
});
