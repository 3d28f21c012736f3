import { type AppError, defaultLocaleSettings } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { chooseLocale } from './choose-locale.js';

const settings = defaultLocaleSettings;

describe('chooseLocale', () => {
  it('serves the locale the query names, whatever Accept-Language says', () => {
    expect(chooseLocale('be', 'ru, en', settings)).toBe('be');
  });

  it('serves a regional tag in its language', () => {
    expect(chooseLocale('ru-BY', undefined, settings)).toBe('ru');
  });

  it('negotiates Accept-Language when the query names none', () => {
    expect(chooseLocale(undefined, 'pl, be;q=0.9, en;q=0.1', settings)).toBe('be');
  });

  it('serves the default locale when nothing is asked or nothing matches', () => {
    expect(chooseLocale(undefined, undefined, settings)).toBe('en');
    expect(chooseLocale(undefined, 'ja, zh', settings)).toBe('en');
  });

  it('refuses a named locale the portal does not serve, pointing at #/query/locale', () => {
    try {
      chooseLocale('pl', 'en', settings);
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).code).toBe('invalid-input');
      expect((error as AppError).issues).toEqual([{ pointer: '#/query/locale', detail: 'Must be one of: en, ru, be' }]);
    }
  });
});
