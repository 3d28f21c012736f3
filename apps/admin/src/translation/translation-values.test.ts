import { UpdateArticleInputSchema, type RevisionSummary, richTextFromParagraphs } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import type { ContentItem } from '../history/revision-kinds.js';
import { translatableKinds } from './translatable-kinds.js';
import { changesInField, lastTranslatedIn, textInputOf, textValuesOf, translationInputOf } from './translation-values.js';

const { fields } = translatableKinds.article;
const article: ContentItem = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  status: 'draft',
  version: 3,
  updatedAt: '2026-05-12T09:00:00.000Z',
  translations: {
    en: { headline: 'Harvest', body: richTextFromParagraphs(['First.']), status: 'draft' },
    ru: { headline: 'Урожай', body: richTextFromParagraphs(['Раз.']), slug: 'urozhai', status: 'draft' },
  },
};
const revision = (version: number, changedTranslations: Record<string, string[]>): RevisionSummary => ({
  id: `c0ffee00-0000-4000-8000-00000000000${version}`,
  version,
  authorId: null,
  authorName: null,
  createdAt: '2026-05-12T09:00:00.000Z',
  restoredFrom: null,
  changedFields: [],
  changedTranslations,
});

describe('the translation form’s values', () => {
  it('starts a locale not yet translated with every field empty', () => {
    expect(textValuesOf(fields, undefined)).toEqual({ headline: '', lead: '', body: { type: 'doc', content: [] } });
  });

  it('leaves a blank optional field out and keeps the locale’s own slug, which a save would otherwise drop', () => {
    const values = { headline: 'Урожай 2026', lead: '  ', body: richTextFromParagraphs(['Два.']) };
    expect(textInputOf(fields, values, article.translations.ru)).toEqual({ headline: 'Урожай 2026', body: richTextFromParagraphs(['Два.']), slug: 'urozhai' });
  });

  it('sends only the target locale, which core’s update schema accepts, and refuses a blank headline the same way', () => {
    const input = translationInputOf(translatableKinds.article, article, 'be', { translations: { be: { headline: 'Ураджай', lead: '', body: richTextFromParagraphs(['Адзін.']) } } });
    expect(Object.keys(input.translations as object)).toEqual(['be']);
    expect(UpdateArticleInputSchema.safeParse(input).success).toBe(true);
    const blank = translationInputOf(translatableKinds.article, article, 'be', { translations: { be: { headline: ' ', lead: '', body: richTextFromParagraphs(['Адзін.']) } } });
    expect(UpdateArticleInputSchema.safeParse(blank).error?.issues[0]?.path).toEqual(['translations', 'be', 'headline']);
  });

  it('says a place’s kind with every change, as the place’s update schema needs', () => {
    const place = { ...article, kind: 'museum', translations: {} };
    expect(translationInputOf(translatableKinds.site, place, 'ru', { translations: { ru: { name: 'Музей', summary: '', description: richTextFromParagraphs([]), address: '' } } })).toMatchObject({ kind: 'museum' });
  });
});

describe('what the source changed since a field was translated', () => {
  it('starts from the newest save that changed that field of the translation', () => {
    const newestFirst = [revision(4, { en: ['headline'] }), revision(3, { ru: ['body'] }), revision(2, { ru: ['headline', 'body'] }), revision(1, {})];
    expect(lastTranslatedIn(newestFirst, 'ru', 'headline')?.version).toBe(2);
    expect(lastTranslatedIn(newestFirst, 'ru', 'body')?.version).toBe(3);
    expect(lastTranslatedIn(newestFirst, 'be', 'headline')).toBeUndefined();
  });

  it('keeps the changes in the source field and its body blocks, not in similarly named fields', () => {
    const changes = [
      { pointer: '#/translations/en/headline', kind: 'changed' as const, before: 'a', after: 'b' },
      { pointer: '#/translations/en/headlineNote', kind: 'added' as const, after: 'x' },
      { pointer: '#/translations/en/body/content/2', kind: 'added' as const, after: 'c' },
      { pointer: '#/translations/ru/headline', kind: 'changed' as const, before: 'd', after: 'e' },
    ];
    expect(changesInField(changes, 'en', 'headline').map((change) => change.after)).toEqual(['b']);
    expect(changesInField(changes, 'en', 'body').map((change) => change.after)).toEqual(['c']);
  });
});
