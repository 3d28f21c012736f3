import { type EventView, type SiteView, richTextFromParagraphs } from '@kraina/core';

// Test support for the open-data writers: published items as the stores' public reads return them, and a strict
// RFC 4180 reader to parse a written CSV back.

const stamp = '2026-05-01T10:00:00.000Z';

/** A published place as `list` returns it, overridable field by field. */
export function placeView(overrides: Partial<SiteView> = {}): SiteView {
  return {
    id: '0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f0001',
    slug: 'mir-castle',
    kind: 'tourist-site',
    status: 'published',
    translations: { en: { name: 'Mir Castle', description: richTextFromParagraphs(['A castle.']), address: 'Mir, Krasnoarmeyskaya 2', status: 'published' } },
    region: 'grodno-region',
    district: 'karelichy',
    coordinates: { lat: 53.4513, lng: 26.4729 },
    openingHours: null,
    contacts: { phones: ['+375 1596 23035'], website: 'https://mirzamak.by' },
    image: null,
    gallery: [],
    tags: [],
    related: { articles: [], events: [], sites: [] },
    publishAt: null,
    firstPublishedAt: stamp,
    createdAt: stamp,
    updatedAt: stamp,
    version: 2,
    servedLocale: 'en',
    ...overrides,
  } as SiteView;
}

/** A published event as the calendar returns it, overridable field by field. */
export function eventView(overrides: Partial<EventView> = {}): EventView {
  return {
    id: '0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f1001',
    slug: 'sunday-organ-concert',
    category: 'concert',
    status: 'published',
    eventStatus: 'scheduled',
    statusNote: {},
    translations: { en: { title: 'Sunday organ concert', summary: 'Bach and Buxtehude.', description: richTextFromParagraphs(['Music.']), status: 'published' } },
    schedule: [{ allDay: false, start: '2026-03-15T15:00', end: '2026-03-15T16:30', timeZone: 'Europe/Minsk' }],
    organiser: {},
    price: null,
    ticketUrl: null,
    image: null,
    tags: [],
    related: { articles: [], events: [], sites: [] },
    publishAt: null,
    firstPublishedAt: stamp,
    createdAt: stamp,
    updatedAt: stamp,
    version: 3,
    servedLocale: 'en',
    ...overrides,
  };
}

/** Reads an RFC 4180 document (CRLF records, "" inside quoted fields); throws on anything else. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      for (i += 1; ; i += 1) {
        if (i >= text.length) throw new Error('Unclosed quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else if (text[i] === '"') break;
        else field += text[i];
      }
      i += 1;
    }
    if (text.startsWith('\r\n', i) || i >= text.length) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (text[i] === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (text[i] === '"' || text[i] === '\n' || text[i] === '\r') {
      throw new Error(`Unquoted special character at ${i}`);
    } else {
      field += text[i];
      i += 1;
    }
  }
  return rows;
}
