import { describe, expect, it } from 'vitest';
import { describeRecurrence } from './describe-recurrence.js';

const saturdays = { start: '2026-05-02T19:00', end: '2026-05-02T21:00', timeZone: 'Europe/Minsk' };

describe('describeRecurrence', () => {
  it('says nothing for a session that does not repeat by rule', () => {
    expect(describeRecurrence(saturdays, 'en')).toBeUndefined();
  });

  it('names the weekdays and the last day of a weekly series, without the year it starts in', () => {
    const session = { ...saturdays, rrule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20260630' };
    expect(describeRecurrence(session, 'en')).toBe('Every week: Saturday · until 30 June');
    expect(describeRecurrence(session, 'ru')).toBe('Каждую неделю: суббота · до 30 июня');
    expect(describeRecurrence(session, 'be')).toBe('Кожны тыдзень: субота · да 30 чэрвеня');
  });

  it('adds the year when the series ends in a later one', () => {
    expect(describeRecurrence({ ...saturdays, rrule: 'FREQ=MONTHLY;UNTIL=20270131' }, 'en')).toBe('Every month · until 31 January 2027');
  });

  it("reads a UTC UNTIL as a day on the session's own clock", () => {
    // 21:30 UTC on 30 June is already 1 July in Minsk.
    expect(describeRecurrence({ ...saturdays, rrule: 'FREQ=DAILY;UNTIL=20260630T213000Z' }, 'en')).toBe('Every day · until 1 July');
  });

  it('counts occurrences and intervals with each language’s plural forms', () => {
    expect(describeRecurrence({ ...saturdays, rrule: 'FREQ=MONTHLY;BYDAY=1SA;COUNT=10' }, 'en')).toBe('Every month: the 1st Saturday · 10 times in all');
    expect(describeRecurrence({ ...saturdays, rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=3' }, 'ru')).toBe('Каждые 2 недели · всего 3 раза');
    expect(describeRecurrence({ ...saturdays, rrule: 'FREQ=DAILY;INTERVAL=5;COUNT=21' }, 'be')).toBe('Кожныя 5 дзён · усяго 21 раз');
  });

  it('names the last weekday of a month and lists several days', () => {
    expect(describeRecurrence({ ...saturdays, rrule: 'FREQ=MONTHLY;BYDAY=-1FR' }, 'en')).toBe('Every month: the last Friday');
    expect(describeRecurrence({ ...saturdays, rrule: 'FREQ=WEEKLY;BYDAY=TU,TH' }, 'en')).toBe('Every week: Tuesday and Thursday');
  });

  it('falls back to English words for a content locale without its own', () => {
    expect(describeRecurrence({ ...saturdays, rrule: 'FREQ=YEARLY' }, 'de')).toBe('Every year');
  });
});
