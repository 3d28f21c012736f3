import { richTextFromParagraphs } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { type ArticleFormValues, articleResolver, fieldOfPointer, placeIssues, updateInputOf } from './article-form-values.js';

const values = (headline: string): ArticleFormValues => ({
  section: 'culture',
  leadImage: null,
  translations: { en: { headline, lead: '', body: richTextFromParagraphs(['Text.']) }, ru: { headline: 'Опера', lead: 'Лид', body: richTextFromParagraphs(['Текст.']) } },
});

const resolve = (mode: 'create' | 'update', form: ArticleFormValues) =>
  articleResolver(mode)(form, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('the article form’s validation, by core’s schemas', () => {
  it('puts a missing headline on that locale’s headline field', async () => {
    const { errors } = await resolve('create', values('   '));
    expect(Object.keys(errors)).toEqual(['translations']);
    expect((errors.translations as unknown as Record<string, { headline?: { message?: string } }>).en?.headline?.message).toBeTruthy();
  });

  it('passes a complete article, with an empty lead left out rather than refused', async () => {
    expect((await resolve('create', values('Opera season opens'))).errors).toEqual({});
    expect((await resolve('update', values('Opera season opens'))).errors).toEqual({});
  });

  it('refuses a headline longer than core allows', async () => {
    const { errors } = await resolve('update', values('x'.repeat(301)));
    expect(errors.translations).toBeDefined();
  });
});

describe('what saving sends', () => {
  it('names only the locales and fields that changed', () => {
    expect(updateInputOf(values('Opera'), { locales: ['ru'] })).toEqual({ translations: { ru: { headline: 'Опера', lead: 'Лид', body: richTextFromParagraphs(['Текст.']) } } });
    expect(updateInputOf(values('Opera'), { section: true, locales: [] })).toEqual({ section: 'culture' });
    expect(updateInputOf(values('Opera'), { leadImage: true, locales: [] })).toEqual({ leadImage: null });
  });
});

describe('server field errors', () => {
  it('finds the form field of a body pointer, undoing JSON Pointer escapes', () => {
    expect(fieldOfPointer('#/body/translations/en/headline')).toBe('translations.en.headline');
    expect(fieldOfPointer('#/body/a~1b~0c')).toBe('a/b~c');
    expect(fieldOfPointer('#/query/cursor')).toBeUndefined();
  });

  it('places issues beside the fields the form has, and keeps the rest for the summary', () => {
    const { byField, unplaced } = placeIssues(
      [
        { pointer: '#/body/section', detail: 'No section "x"' },
        { pointer: '#/body/slug', detail: 'Taken' },
      ],
      ['section', 'translations.en.headline'],
    );
    expect(byField.get('section')).toBe('No section "x"');
    expect(unplaced).toEqual(['slug: Taken']);
  });
});
