import { defaultLocaleSettings } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { eventsToICalendar } from './events-icalendar.js';
import { eventView, placeView } from './test-content.js';

const options = { locale: 'en', locales: defaultLocaleSettings, baseUrl: 'https://example.by', name: 'Events in Belarus' };
/** The lines of a calendar with RFC 5545 folding undone. */
const linesOf = (text: string) => text.replaceAll('\r\n ', '').split('\r\n');
/** The properties of each VEVENT, in order. */
const eventsOf = (text: string) =>
  text
    .replaceAll('\r\n ', '')
    .split('BEGIN:VEVENT\r\n')
    .slice(1)
    .map((block) => block.split('\r\nEND:VEVENT')[0]?.split('\r\n') ?? []);

describe('events as iCalendar', () => {
  const concert = eventView({
    schedule: [
      {
        allDay: false,
        start: '2030-03-17T15:00',
        end: '2030-03-17T16:30',
        timeZone: 'Europe/Berlin',
        rrule: 'FREQ=WEEKLY;BYDAY=SU;UNTIL=20300428',
        exdates: ['2030-03-24T15:00'],
        rdates: ['2030-03-19T19:00'],
      },
    ],
  });

  it('writes a recurring session in its own zone, with its rule, extra dates and exceptions', () => {
    const text = eventsToICalendar([{ event: concert, sessionIndexes: [0] }], options);
    const [vevent] = eventsOf(text);
    expect(vevent).toEqual(
      expect.arrayContaining([
        'UID:0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f1001-0@example.by',
        'SEQUENCE:3',
        'DTSTAMP:20260501T100000Z',
        'DTSTART;TZID=Europe/Berlin:20300317T150000',
        'DTEND;TZID=Europe/Berlin:20300317T163000',
        // The last day, inclusive in Berlin, ends at 22:00 UTC in summer time.
        'RRULE:FREQ=WEEKLY;BYDAY=SU;UNTIL=20300428T215959Z',
        'RDATE;TZID=Europe/Berlin:20300317T150000,20300319T190000',
        'EXDATE;TZID=Europe/Berlin:20300324T150000',
        'SUMMARY:Sunday organ concert',
        'STATUS:CONFIRMED',
        'URL;VALUE=URI:https://example.by/en/events/sunday-organ-concert',
      ]),
    );
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(text).toContain('TZOFFSETTO:+0200');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('is the same text every time, folded into lines of at most 75 octets', () => {
    const text = eventsToICalendar([{ event: concert, sessionIndexes: [0] }], options);
    expect(eventsToICalendar([{ event: concert, sessionIndexes: [0] }], options)).toBe(text);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('marks a cancelled event, writes all-day runs as dates, and only the sessions asked for', () => {
    const touring = eventView({
      eventStatus: 'cancelled',
      statusNote: { en: 'Cancelled because of the weather.' },
      schedule: [
        { allDay: true, start: '2026-11-06', end: '2027-02-07', timeZone: 'Europe/Minsk', city: { en: 'Minsk' } },
        { allDay: false, start: '2026-11-07T19:00', end: '2026-11-07T21:00', timeZone: 'Europe/Minsk', city: { en: 'Brest' } },
        { allDay: false, start: '2026-11-08T19:00', end: '2026-11-08T21:00', timeZone: 'Europe/Minsk', city: { en: 'Gomel' } },
      ],
    });
    const vevents = eventsOf(eventsToICalendar([{ event: touring, sessionIndexes: [0, 2] }], options));
    expect(vevents).toHaveLength(2);
    expect(vevents[0]).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:20261106', 'DTEND;VALUE=DATE:20270208', 'STATUS:CANCELLED', 'LOCATION:Minsk']));
    expect(vevents[0]?.find((line) => line.startsWith('DESCRIPTION:'))).toContain('Cancelled because of the weather.');
    expect(vevents[1]).toEqual(expect.arrayContaining(['UID:0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f1001-2@example.by', 'LOCATION:Gomel']));
  });

  it('names a catalogued venue and puts it on the map, and writes extra dates without a rule', () => {
    const mir = placeView();
    const festival = eventView({
      schedule: [{ allDay: false, start: '2026-07-10T12:00', end: '2026-07-10T18:00', timeZone: 'Europe/Minsk', venue: { type: 'site', siteId: mir.id }, rdates: ['2026-07-11T12:00'] }],
    });
    const lines = linesOf(eventsToICalendar([{ event: festival, sessionIndexes: [0] }], { ...options, venues: [mir] }));
    expect(lines).toEqual(expect.arrayContaining(['RRULE:FREQ=DAILY;COUNT=1', 'RDATE;TZID=Europe/Minsk:20260710T120000,20260711T120000', 'GEO:53.4513;26.4729']));
    expect(lines.find((line) => line.startsWith('LOCATION:'))).toBe('LOCATION:Mir Castle\\, Mir\\, Krasnoarmeyskaya 2');
  });
});
