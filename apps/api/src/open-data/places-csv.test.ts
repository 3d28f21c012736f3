import { richTextFromParagraphs } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { placesToCsv } from './places-csv.js';
import { parseCsv, placeView } from './test-content.js';

describe('places as CSV', () => {
  it('writes one row per place under a header, with stable ids and safe cells', () => {
    const hostile = placeView({
      id: '0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f0002',
      slug: 'khatyn',
      translations: { ru: { name: '=HYPERLINK("http://x","Хатынь")', description: richTextFromParagraphs([]), address: 'Лагойский район, "Хатынь"', status: 'published' } },
      servedLocale: 'ru',
      coordinates: { lat: 54.3366, lng: -27.9439 },
    });
    const [header, mir, khatyn, ...rest] = parseCsv(placesToCsv([placeView(), hostile], { locale: 'ru', baseUrl: 'https://example.by' }));
    expect(rest).toEqual([]);
    expect(header).toEqual(['id', 'slug', 'kind', 'name', 'locale', 'region', 'district', 'lat', 'lng', 'address', 'phone', 'email', 'website', 'url']);
    const row = (values: string[] | undefined) => Object.fromEntries((header ?? []).map((column, i) => [column, values?.[i]]));
    expect(row(mir)).toMatchObject({ id: '0b0e8f38-4f5d-4d43-9a3e-2d7c7a1f0001', name: 'Mir Castle', lat: '53.4513', website: 'https://mirzamak.by' });
    // "+375 …" is a formula to a spreadsheet too; the apostrophe costs scripts a strip, and saves the people who open it.
    expect(row(mir).phone).toBe("'+375 1596 23035");
    expect(row(khatyn)).toMatchObject({ name: `'=HYPERLINK("http://x","Хатынь")`, address: 'Лагойский район, "Хатынь"', lng: '-27.9439', locale: 'ru' });
    expect(row(khatyn).url).toBe('https://example.by/ru/places/tourist-site/khatyn');
  });
});
