import type { Media, MediaPage } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { findMediaMissingAlt, missingAltLocales } from './missing-alt.js';

function media(n: number, alt: Media['alt'], kind: Media['kind'] = 'image'): Media {
  return {
    id: `5f0c6f2e-3b7a-4c1d-9e8f-${String(n).padStart(12, '0')}`,
    kind,
    filename: `photo-${n}.png`,
    mimeType: kind === 'image' ? 'image/png' : 'application/pdf',
    bytes: 100,
    url: `/media/${n}.png`,
    width: kind === 'image' ? 10 : null,
    height: kind === 'image' ? 10 : null,
    alt,
    caption: {},
    credit: null,
    focalPoint: { x: 0.5, y: 0.5 },
    variants: [],
    createdAt: '2026-11-28T10:00:00Z',
    updatedAt: '2026-11-28T10:00:00Z',
    version: 1,
  };
}

const described = { en: 'Stage', ru: 'Сцена', be: 'Сцэна' };

describe('images without alt text', () => {
  it('names each content locale an image has no alt text in, and none for a document', () => {
    expect(missingAltLocales(media(1, { en: 'Stage', be: ' ' }))).toEqual(['ru', 'be']);
    expect(missingAltLocales(media(2, described))).toEqual([]);
    expect(missingAltLocales(media(3, {}, 'document'))).toEqual([]);
  });

  it('walks the library’s pages until a screen is full, and carries on from where it stopped', async () => {
    const pages: Record<string, MediaPage> = {
      start: { items: [media(1, {}), media(2, described)], nextCursor: 'b' },
      b: { items: [media(3, described), media(4, { en: 'Stage' })], nextCursor: 'c' },
      c: { items: [media(5, {})], nextCursor: null },
    };
    const read = (cursor: string | undefined) => Promise.resolve(pages[cursor ?? 'start'] as MediaPage);
    const first = await findMediaMissingAlt(read, undefined, { wanted: 2, maxPages: 5 });
    expect(first.items.map((m) => m.filename)).toEqual(['photo-1.png', 'photo-4.png']);
    expect(first.nextCursor).toBe('c');
    const rest = await findMediaMissingAlt(read, first.nextCursor ?? undefined, { wanted: 2, maxPages: 5 });
    expect(rest).toEqual({ items: [expect.objectContaining({ filename: 'photo-5.png' })], nextCursor: null });
  });

  it('stops after its page budget with a cursor to go on, rather than reading the whole library at once', async () => {
    let reads = 0;
    const read = () => {
      reads += 1;
      return Promise.resolve({ items: [media(reads, described)], nextCursor: `p${reads}` });
    };
    expect(await findMediaMissingAlt(read, undefined, { wanted: 10, maxPages: 3 })).toEqual({ items: [], nextCursor: 'p3' });
    expect(reads).toBe(3);
  });
});
