import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from './spreadsheet-cell.js';
import { parseCsv } from './test-content.js';

describe('spreadsheet cells', () => {
  it('defuses text a spreadsheet would run as a formula', () => {
    for (const formula of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(safeCell(formula)).toBe(`'${formula}`);
    expect(safeCell('Mir Castle')).toBe('Mir Castle');
  });

  it('writes RFC 4180: a header, CRLF records, quotes doubled, numbers and flags as they are', () => {
    const csv = toCsv(['name', 'lat', 'open'] as const, [
      { name: 'Castle, "Mir"\nwing', lat: -0.5, open: true },
      { name: '=cmd', lat: 53, open: false },
      { name: null, lat: undefined, open: undefined },
    ]);
    expect(csv.split('\r\n')[0]).toBe('name,lat,open');
    expect(parseCsv(csv)).toEqual([
      ['name', 'lat', 'open'],
      ['Castle, "Mir"\nwing', '-0.5', 'true'],
      ["'=cmd", '53', 'false'],
      ['', '', ''],
    ]);
  });
});
