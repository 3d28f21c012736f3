import { describe, expect, it } from 'vitest';
import { vtimezone } from './vtimezone.js';

describe('time zone definitions', () => {
  it('writes a zone without clock changes as one standard observance', () => {
    expect(vtimezone('Europe/Minsk', 2026, 2028).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Minsk',
      'BEGIN:STANDARD',
      'DTSTART:20260101T000000',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0300',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('writes each clock change at its wall-clock time, summer time as daylight', () => {
    const text = vtimezone('Europe/Berlin', 2030, 2030);
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20300331T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT');
    expect(text).toContain('BEGIN:STANDARD\r\nDTSTART:20301027T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD');
  });
});
