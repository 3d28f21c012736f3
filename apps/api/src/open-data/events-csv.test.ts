import { type EventOccurrence, type EventView, defaultLocaleSettings, expandOccurrences } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { eventOccurrencesToCsv } from './events-csv.js';
import { eventView, parseCsv } from './test-content.js';

const occurrencesOf = (event: EventView, from: string, to: string): EventOccurrence[] =>
  expandOccurrences(event.schedule, { from, to }).map((occurrence) => ({ ...occurrence, event }));

describe('events as CSV', () => {
  it('writes one row per occurrence with stable ids, local and UTC times, and safe cells', () => {
    const weekly = eventView({
      schedule: [{ allDay: false, start: '2026-03-15T15:00', end: '2026-03-15T16:30', timeZone: 'Europe/Minsk', rrule: 'FREQ=WEEKLY;COUNT=2', city: { en: 'Minsk', be: 'Мінск' } }],
    });
    const exhibition = eventView({
      id: '0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f1002',
      slug: 'treasures',
      category: 'exhibition',
      eventStatus: 'cancelled',
      translations: { en: { title: '-50% Treasures, "rare" finds', description: { type: 'doc', content: [] }, status: 'published' } },
      schedule: [{ allDay: true, start: '2026-03-20', end: '2026-04-02', timeZone: 'Europe/Minsk' }],
    });
    const csv = eventOccurrencesToCsv(
      [...occurrencesOf(weekly, '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'), ...occurrencesOf(exhibition, '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')],
      { locale: 'be', baseUrl: 'https://example.by', locales: defaultLocaleSettings },
    );
    const [header, ...rows] = parseCsv(csv);
    const records = rows.map((values) => Object.fromEntries((header ?? []).map((column, i) => [column, values[i]])));
    expect(records.map((r) => r.id)).toEqual([
      '0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f1001/0/2026-03-15T12:00:00Z',
      '0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f1001/0/2026-03-22T12:00:00Z',
      '0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f1002/0/2026-03-19T21:00:00Z',
    ]);
    expect(records[0]).toMatchObject({ start: '2026-03-15T15:00:00+03:00', starts_at_utc: '2026-03-15T12:00:00Z', city: 'Мінск', all_day: 'false', url: 'https://example.by/be/events/sunday-organ-concert' });
    expect(records[2]).toMatchObject({ title: `'-50% Treasures, "rare" finds`, event_status: 'cancelled', start: '2026-03-20', end: '2026-04-02', all_day: 'true' });
  });
});
