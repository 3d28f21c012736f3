import { describe, expect, it } from 'vitest';
import { richTextFromParagraphs } from '../rich-text/rich-text.js';
import { changedFieldsOf, diffRevisions } from './revision-diff.js';

const article = (overrides: Record<string, unknown> = {}) => ({
  id: 'c0ffee00-0000-4000-8000-000000000001',
  slug: 'harvest',
  section: 'economy',
  status: 'draft',
  translations: {
    en: { headline: 'Harvest figures', body: richTextFromParagraphs(['First.', 'Second.', 'Third.']), status: 'draft' },
  },
  dateline: null,
  tags: ['farming', 'grain'],
  version: 1,
  updatedAt: '2026-05-12T09:00:00.000Z',
  ...overrides,
});

describe('diffRevisions', () => {
  it('finds nothing between two saves that changed only the version and the time', () => {
    expect(diffRevisions(article(), article({ version: 2, updatedAt: '2026-05-12T10:00:00.000Z' }))).toEqual([]);
  });

  it('names a changed headline by its pointer, with both values', () => {
    const after = article({ translations: { en: { ...article().translations.en, headline: 'Harvest figures: a record year' } } });
    expect(diffRevisions(article(), after)).toEqual([
      { pointer: '#/translations/en/headline', kind: 'changed', before: 'Harvest figures', after: 'Harvest figures: a record year' },
    ]);
  });

  it('shows a paragraph inserted into a body as one addition, not as every later paragraph changing', () => {
    const after = article({ translations: { en: { ...article().translations.en, body: richTextFromParagraphs(['First.', 'Inserted.', 'Second.', 'Third.']) } } });
    expect(diffRevisions(article(), after)).toEqual([{ pointer: '#/translations/en/body/content/1', kind: 'added', after: 'Inserted.' }]);
  });

  it('shows a reworded paragraph as a change of its text and a deleted one as a removal', () => {
    const after = article({ translations: { en: { ...article().translations.en, body: richTextFromParagraphs(['First, reworded.', 'Third.']) } } });
    expect(diffRevisions(article(), after)).toEqual([
      { pointer: '#/translations/en/body/content/0', kind: 'changed', before: 'First.', after: 'First, reworded.' },
      { pointer: '#/translations/en/body/content/1', kind: 'removed', before: 'Second.' },
    ]);
  });

  it('lists each field of a locale added since, body block by block', () => {
    const be = { headline: 'Ураджай', body: richTextFromParagraphs(['Першы.']), status: 'draft' };
    const after = article({ translations: { ...article().translations, be } });
    expect(diffRevisions(article(), after)).toEqual([
      { pointer: '#/translations/be/headline', kind: 'added', after: 'Ураджай' },
      { pointer: '#/translations/be/body/content/0', kind: 'added', after: 'Першы.' },
      { pointer: '#/translations/be/status', kind: 'added', after: 'draft' },
    ]);
  });

  it('aligns lists such as tags, so a tag added in front shows alone', () => {
    expect(diffRevisions(article(), article({ tags: ['minsk', 'farming', 'grain'] }))).toEqual([{ pointer: '#/tags/0', kind: 'added', after: 'minsk' }]);
  });

  it('reports a dateline set where there was none as the null going and each of its fields coming', () => {
    const changes = diffRevisions(article(), article({ dateline: { place: 'Minsk', agency: 'BelTA' } }));
    expect(changes).toEqual([
      { pointer: '#/dateline', kind: 'removed', before: null },
      { pointer: '#/dateline/place', kind: 'added', after: 'Minsk' },
      { pointer: '#/dateline/agency', kind: 'added', after: 'BelTA' },
    ]);
  });

  it('gives numbers and booleans as JSON text and escapes a slash in a key as RFC 6901 asks', () => {
    expect(diffRevisions({ price: { min: 5, isFree: false } }, { price: { min: 7, isFree: true } })).toEqual([
      { pointer: '#/price/min', kind: 'changed', before: '5', after: '7' },
      { pointer: '#/price/isFree', kind: 'changed', before: 'false', after: 'true' },
    ]);
    expect(diffRevisions({ 'a/b': 'x' }, { 'a/b': 'y' })[0]?.pointer).toBe('#/a~1b');
  });

  it('shows an image block of a body by its kind, since it has no text', () => {
    const image = { type: 'image', attrs: { mediaId: 'c0ffee00-0000-4000-8000-000000000002' } };
    const body = { type: 'doc', content: [...richTextFromParagraphs(['First.']).content, image] };
    const after = article({ translations: { en: { ...article().translations.en, body } } });
    const changes = diffRevisions(article(), after);
    expect(changes).toContainEqual({ pointer: '#/translations/en/body/content/1', kind: 'changed', before: 'Second.', after: '[image]' });
  });

  it('compares two very long bodies place by place instead of aligning them at great cost', () => {
    const long = (prefix: string) => richTextFromParagraphs(Array.from({ length: 2500 }, (_, i) => `${prefix} ${i}`));
    const changes = diffRevisions({ body: long('a') }, { body: long('b') });
    expect(changes).toHaveLength(2500);
    expect(changes[0]).toEqual({ pointer: '#/body/content/0', kind: 'changed', before: 'a 0', after: 'b 0' });
  });
});

describe('changedFieldsOf', () => {
  it('names the item’s own fields and, per locale, the fields of its text', () => {
    const after = article({
      section: 'society',
      tags: ['farming'],
      translations: { en: { ...article().translations.en, headline: 'New', status: 'published' }, ru: { headline: 'Урожай', body: richTextFromParagraphs(['Раз.']), status: 'draft' } },
    });
    expect(changedFieldsOf(article(), after)).toEqual({
      changedFields: ['section', 'tags'],
      changedTranslations: { en: ['headline', 'status'], ru: ['headline', 'body', 'status'] },
    });
  });

  it('lists nothing for the first revision, which has nothing before it', () => {
    expect(changedFieldsOf(undefined, article())).toEqual({ changedFields: [], changedTranslations: {} });
  });
});
