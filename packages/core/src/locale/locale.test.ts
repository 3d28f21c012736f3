import { describe, expect, it } from 'vitest';
import { validate } from '../errors/validate.js';
import { LocaleSettingsSchema, defaultLocaleSettings, localeChain, negotiateLocale } from './locale.js';
import { resolveLocalized } from './localized.js';

describe('locales', () => {
  it('falls back from Belarusian to Russian, then English', () => {
    expect(localeChain('be')).toEqual(['be', 'ru', 'en']);
    expect(localeChain('en')).toEqual(['en']);
  });

  it('serves the first locale along the chain that has a value, and says which it was', () => {
    expect(resolveLocalized({ en: 'Minsk', ru: 'Минск' }, 'be')).toEqual({ locale: 'ru', value: 'Минск' });
    expect(resolveLocalized({ en: 'Minsk' }, 'be')).toEqual({ locale: 'en', value: 'Minsk' });
    expect(resolveLocalized({ be: 'Мінск' }, 'en')).toBeUndefined();
    expect(resolveLocalized(undefined, 'en')).toBeUndefined();
  });

  it.each([
    ['be-BY,be;q=0.9,ru;q=0.8', 'be'],
    ['ru-RU', 'ru'],
    ['de-DE,de;q=0.9', 'en'],
    ['de;q=0.9,ru;q=0.5', 'ru'],
    ['ru;q=0.1,be;q=0.9', 'be'],
    ['ru;q=0', 'en'],
    ['*', 'en'],
    ['', 'en'],
    [';;;q=abc,,', 'en'],
  ])('negotiates %j to %s', (header, locale) => {
    expect(negotiateLocale(header, defaultLocaleSettings)).toBe(locale);
  });

  it('refuses settings whose fallbacks name a locale that is not served', () => {
    const result = validate(LocaleSettingsSchema, { locales: ['en'], defaultLocale: 'en', fallbacks: { en: ['ru'] } });
    expect(result).toMatchObject({ ok: false, issues: [{ pointer: '#/fallbacks/en/0' }] });
  });
});
