import { describe, expect, it } from 'vitest';
import { defaultLocaleSettings } from '../locale/locale.js';
import { ConfirmArticleTranslationInputSchema, ConfirmEventTranslationInputSchema, ConfirmSiteTranslationInputSchema, translatedFields } from './translated-fields.js';
import { type TranslationSave, planTranslationSources, sourceLocaleOf, translationStatusOf } from './translation-status.js';

describe('sourceLocaleOf', () => {
  it('is the default locale when the item has that text', () => {
    expect(sourceLocaleOf(['be', 'en', 'ru'], defaultLocaleSettings)).toBe('en');
  });

  it('is otherwise the item’s first locale in the portal’s order, then alphabetically for one no longer configured', () => {
    expect(sourceLocaleOf(['be', 'ru'], defaultLocaleSettings)).toBe('ru');
    expect(sourceLocaleOf(['uk', 'pl'], defaultLocaleSettings)).toBe('pl');
    expect(sourceLocaleOf([], defaultLocaleSettings)).toBeUndefined();
  });
});

describe('translationStatusOf', () => {
  const recorded = { be: { headline: { sourceLocale: 'en', fingerprint: 'h1' }, body: { sourceLocale: 'en', fingerprint: 'b1' } } };

  it('flags a field whose source has a new fingerprint since it was translated, and only that field', () => {
    expect(translationStatusOf(['en', 'be'], 'en', { headline: 'h2', body: 'b1' }, recorded)).toEqual({ en: { stale: [] }, be: { stale: ['headline'] } });
  });

  it('flags nothing without a record or with a record made against another source locale', () => {
    const fromRussian = { be: { headline: { sourceLocale: 'ru', fingerprint: 'h1' } } };
    expect(translationStatusOf(['en', 'be', 'ru'], 'en', { headline: 'h2' }, fromRussian)).toEqual({ en: { stale: [] }, be: { stale: [] }, ru: { stale: [] } });
  });
});

describe('planTranslationSources', () => {
  const save = (overrides: Partial<TranslationSave>): TranslationSave => ({
    fields: ['headline', 'body'],
    sourceBefore: 'en',
    sourceAfter: 'en',
    fingerprintsBefore: { headline: 'h1', body: 'b1' },
    fingerprintsAfter: { headline: 'h2', body: 'b1' },
    locales: ['en', 'be'],
    changed: {},
    recorded: { be: { headline: { sourceLocale: 'en', fingerprint: 'h1' }, body: { sourceLocale: 'en', fingerprint: 'b1' } } },
    ...overrides,
  });

  it('keeps what a translation was made from when only the source changed, so it reads as stale', () => {
    expect(planTranslationSources(save({ changed: { en: ['headline'] } }))).toEqual([]);
  });

  it('makes a translated field current when the save changed it', () => {
    expect(planTranslationSources(save({ changed: { be: ['headline'] } }))).toEqual([{ locale: 'be', field: 'headline', sourceLocale: 'en', fingerprint: 'h2' }]);
  });

  it('takes a field without a record as made from the source before this save, so a change in the same save still flags it', () => {
    expect(planTranslationSources(save({ recorded: {}, changed: { en: ['headline'] } }))).toEqual([
      { locale: 'be', field: 'headline', sourceLocale: 'en', fingerprint: 'h1' },
      { locale: 'be', field: 'body', sourceLocale: 'en', fingerprint: 'b1' },
    ]);
  });

  it('starts every translation of a new item, or of one whose source locale moved, as current', () => {
    const fresh = planTranslationSources(save({ sourceBefore: undefined, fingerprintsBefore: {}, recorded: {} }));
    expect(fresh).toEqual([
      { locale: 'be', field: 'headline', sourceLocale: 'en', fingerprint: 'h2' },
      { locale: 'be', field: 'body', sourceLocale: 'en', fingerprint: 'b1' },
    ]);
    const moved = planTranslationSources(save({ sourceBefore: 'ru', locales: ['en', 'be', 'ru'] }));
    expect(moved.filter((r) => r.locale === 'ru').map((r) => r.fingerprint)).toEqual(['h2', 'b1']);
  });
});

describe('translatedFields', () => {
  it('are the fields of each kind’s text but its slug, and what a confirmation may name', () => {
    expect(translatedFields.article).toEqual(['headline', 'lead', 'body']);
    expect(ConfirmArticleTranslationInputSchema.shape.fields.unwrap().element.options).toEqual(translatedFields.article);
    expect(ConfirmEventTranslationInputSchema.shape.fields.unwrap().element.options).toEqual(translatedFields.event);
    expect(ConfirmSiteTranslationInputSchema.shape.fields.unwrap().element.options).toEqual(translatedFields.site);
  });
});
