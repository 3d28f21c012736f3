import { describe, expect, it } from 'vitest';
import { initialLocale } from './locale-context.js';
import { clashingMessageKeys } from './area-messages.js';
import { adminLocales, formatMessage } from './messages.js';

describe('the editorial app’s messages', () => {
  it('uses Russian and Belarusian plural forms, not English ones', () => {
    expect(formatMessage('en', 'selectedCount', { count: 3 })).toBe('3 articles selected');
    expect(formatMessage('ru', 'selectedCount', { count: 3 })).toBe('Выбрано 3 статьи');
    expect(formatMessage('ru', 'selectedCount', { count: 5 })).toBe('Выбрано 5 статей');
    expect(formatMessage('be', 'selectedCount', { count: 21 })).toBe('Выбраны 21 артыкул');
  });

  it('fills placeholders in every language', () => {
    for (const locale of adminLocales) expect(formatMessage(locale, 'signedInAs', { name: 'Ala', role: 'x' })).toContain('Ala');
  });

  it('has no key that two screens both define, so no screen’s words hide another’s', () => {
    expect(clashingMessageKeys).toEqual([]);
  });

  it('keeps the stored interface language, else takes the browser’s, else English', () => {
    expect(initialLocale('be', ['en-GB'])).toBe('be');
    expect(initialLocale(null, ['de-DE', 'ru-RU'])).toBe('ru');
    expect(initialLocale('xx', ['de'])).toBe('en');
  });
});
