import { describe, expect, it } from 'vitest';
import type { RichText } from '../rich-text/rich-text.js';
import { looksLikeFileName, publishingProblems } from './publishing-checks.js';

const mediaId = '5b0f3a52-1c3e-4f7e-9a4b-2d6c8e1f0a37';
const library = { alt: { en: 'Mir Castle at dusk' }, caption: { en: 'Mir Castle' }, credit: 'BelTA', filename: 'IMG_0042.jpg' };
const body = (...levels: (1 | 2 | 3 | 4 | 5 | 6)[]): RichText => ({
  type: 'doc',
  content: levels.map((level) => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text: `Heading ${level}` }] })),
});
const check = (overrides: Partial<Parameters<typeof publishingProblems>[0]>, locale = 'en') =>
  publishingProblems({ image: { mediaId }, imagePointer: '#/leadImage', media: library, body: body(2, 3), bodyPointer: `#/translations/${locale}/body`, ...overrides }, locale);

describe('publishingProblems', () => {
  it('lets a well-described photo and well-ordered headings through', () => {
    expect(check({})).toEqual([]);
    expect(check({ image: null, media: undefined })).toEqual([]);
  });

  it('wants alt text and a caption in the locale being published, and a credit, naming each field', () => {
    expect(check({}, 'be').map((issue) => issue.pointer)).toEqual(['#/leadImage/alt/be', '#/leadImage/caption/be']);
    expect(check({ media: { ...library, credit: null } }).map((issue) => issue.pointer)).toEqual(['#/leadImage/credit']);
    // What the item says for this use wins over the library's defaults.
    expect(check({ image: { mediaId, alt: { be: 'Мірскі замак увечары' }, caption: { be: 'Мірскі замак' } } }, 'be')).toEqual([]);
  });

  it('refuses alt text that is a file name', () => {
    const [issue] = check({ image: { mediaId, alt: { en: 'IMG_0042.jpg' } } });
    expect(issue).toMatchObject({ pointer: '#/leadImage/alt/en', detail: expect.stringContaining('file name') as string });
  });

  it('wants alt text in the locale on every gallery image and body image once the library is known', () => {
    const otherId = '6c1f4b63-2d4f-4a8f-8b5c-3e7d9f2a1b48';
    const libraryById = new Map<string, { alt: Record<string, string>; filename: string }>([
      [mediaId, library],
      [otherId, { alt: {}, filename: 'scan-0001.png' }],
    ]);
    const withImages: RichText = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] },
        { type: 'image', attrs: { mediaId: otherId } },
        { type: 'image', attrs: { mediaId: otherId, alt: 'Delegates in the hall' } },
        { type: 'image', attrs: { mediaId, alt: 'scan-0001.png' } },
      ],
    };
    const gallery = [{ mediaId }, { mediaId: otherId }, { mediaId: otherId, alt: { en: 'The square from above' } }];
    const issues = check({ library: libraryById, gallery, galleryPointer: '#/gallery', body: withImages });
    expect(issues.map((issue) => issue.pointer)).toEqual(['#/gallery/1/alt/en', '#/translations/en/body/content/1/attrs/alt', '#/translations/en/body/content/3/attrs/alt']);
    // Without the library, only the lead image is judged, as before.
    expect(check({ gallery, body: withImages })).toEqual([]);
  });

  it('names each heading that skips a level', () => {
    expect(check({ body: body(2, 4, 2, 3, 5) })).toEqual([
      { pointer: '#/translations/en/body/content/1/attrs/level', detail: 'A level-4 heading follows level 2; use level 3' },
      { pointer: '#/translations/en/body/content/4/attrs/level', detail: 'A level-5 heading follows level 3; use level 4' },
    ]);
  });
});

describe('looksLikeFileName', () => {
  it.each(['IMG_0042.jpg', 'DSC01234', 'PXL_20240501_101500', 'photo 12.png', 'mir-castle.webp', '20240501_101500'])('%s reads as a file name', (alt) => {
    expect(looksLikeFileName(alt)).toBe(true);
  });
  it.each(['Mir Castle at dusk', 'Мірскі замак увечары', 'Victory Day parade, 9 May 2024'])('%s reads as a description', (alt) => {
    expect(looksLikeFileName(alt)).toBe(false);
  });
  it('refuses the library file name itself, whatever it looks like', () => {
    expect(looksLikeFileName('castle', 'castle')).toBe(true);
  });
});
