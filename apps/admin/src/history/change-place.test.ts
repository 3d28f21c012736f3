import { describe, expect, it } from 'vitest';
import { type StepWords, describePath, groupByLocale, placeOfPointer } from './change-place.js';

const words: StepWords = (step) => ('field' in step ? step.field : 'block' in step ? `block ${step.block}` : `#${step.entry}`);

describe('where a change of a revision is, in words', () => {
  it('takes a text field’s locale apart from its path', () => {
    expect(placeOfPointer('#/translations/en/headline')).toEqual({ locale: 'en', path: ['headline'] });
    expect(placeOfPointer('#/section')).toEqual({ locale: undefined, path: ['section'] });
  });

  it('undoes the pointer’s escapes for a key with a slash in it', () => {
    expect(placeOfPointer('#/contacts/a~1b~0c')).toEqual({ locale: undefined, path: ['contacts', 'a/b~c'] });
  });

  it('names a body’s block by its number from one, and a list entry likewise', () => {
    expect(describePath(['body', 'content', '3'], words)).toBe('body › block 4');
    expect(describePath(['tags', '0'], words)).toBe('tags › #1');
  });

  it('shows the item’s own fields first, then each locale’s in the order they came', () => {
    const groups = groupByLocale([
      { pointer: '#/translations/ru/headline', kind: 'changed', before: 'a', after: 'b' },
      { pointer: '#/section', kind: 'changed', before: 'x', after: 'y' },
      { pointer: '#/translations/en/lead', kind: 'added', after: 'c' },
    ]);
    expect(groups.map((group) => [group.locale, group.changes.map((entry) => entry.path.join('/'))])).toEqual([
      [undefined, ['section']],
      ['ru', ['headline']],
      ['en', ['lead']],
    ]);
  });
});
