import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validate } from '../errors/validate.js';
import type { LocaleSettings } from '../locale/locale.js';
import { DatelineSchema, formatDateline } from './format-dateline.js';

const minsk = {
  place: { en: 'Minsk', ru: 'Минск', be: 'Мінск' },
  date: '2023-05-12',
  agency: { en: 'BelTA', ru: 'БЕЛТА', be: 'БЕЛТА' },
};

describe('a dateline', () => {
  it('reads as the wire service prints it in English, day before month', () => {
    expect(formatDateline(minsk, 'en')).toBe('MINSK, 12 May (BelTA)');
  });

  it('reads in Russian with the month in the genitive', () => {
    expect(formatDateline(minsk, 'ru')).toBe('МИНСК, 12 мая (БЕЛТА)');
  });

  it('reads in Belarusian, capitalising the Belarusian place name', () => {
    expect(formatDateline(minsk, 'be')).toBe('МІНСК, 12 мая (БЕЛТА)');
  });

  it('uses the genitive month in every month, not only in May', () => {
    expect(formatDateline({ ...minsk, date: '2026-03-08' }, 'ru')).toBe('МИНСК, 8 марта (БЕЛТА)');
    expect(formatDateline({ ...minsk, date: '2026-11-07' }, 'be')).toBe('МІНСК, 7 лістапада (БЕЛТА)');
    expect(formatDateline({ ...minsk, date: '2026-01-01' }, 'en')).toBe('MINSK, 1 January (BelTA)');
  });

  it('shows a Belarusian reader the Russian place name when there is no Belarusian one, month still in Belarusian', () => {
    const brest = { place: { ru: 'Брест', en: 'Brest' }, date: '2026-11-07', agency: { en: 'BelTA', ru: 'БЕЛТА' } };
    expect(formatDateline(brest, 'be')).toBe('БРЕСТ, 7 лістапада (БЕЛТА)');
  });

  it('falls back to English where that is all there is', () => {
    const grodno = { place: { en: 'Grodno' }, date: '2026-11-07', agency: { en: 'BelTA' } };
    expect(formatDateline(grodno, 'be')).toBe('GRODNO, 7 лістапада (BelTA)');
    expect(formatDateline(grodno, 'ru')).toBe('GRODNO, 7 ноября (BelTA)');
  });

  it('follows a portal’s own fallback chain when given one', () => {
    const settings: LocaleSettings = { locales: ['en', 'ru', 'be'], defaultLocale: 'be', fallbacks: { en: ['be'] } };
    const gomel = { place: { be: 'Гомель', ru: 'Гомель' }, date: '2026-05-12', agency: { be: 'БЕЛТА' } };
    expect(formatDateline(gomel, 'en', settings)).toBe('ГОМЕЛЬ, 12 May (БЕЛТА)');
  });

  it('leaves out a place or an agency that has no text in any locale', () => {
    expect(formatDateline({ ...minsk, agency: {} }, 'en')).toBe('MINSK, 12 May');
    expect(formatDateline({ ...minsk, place: {} }, 'ru')).toBe('12 мая (БЕЛТА)');
  });

  it('keeps the agency exactly as the agency writes its name', () => {
    expect(formatDateline({ ...minsk, agency: { en: 'Reuters' } }, 'en')).toBe('MINSK, 12 May (Reuters)');
  });

  it('upper-cases a place by the rules of the language it is written in', () => {
    // Turkish dotted i: upper-cased by Turkish rules it keeps its dot.
    expect(formatDateline({ place: { tr: 'İzmir' }, date: '2026-05-12', agency: { tr: 'AA' } }, 'tr', {
      locales: ['tr'],
      defaultLocale: 'tr',
      fallbacks: {},
    })).toBe('İZMİR, 12 Mayıs (AA)');
  });
});

describe('the dateline schema', () => {
  it('accepts a place, a day and an agency', () => {
    expect(validate(DatelineSchema, minsk)).toEqual({ ok: true, value: minsk });
  });

  it('points at a day that does not exist and at a field it does not know', () => {
    expect(validate(DatelineSchema, { ...minsk, date: '2023-02-30', source: 'BelTA' })).toEqual({
      ok: false,
      issues: [
        { pointer: '#/date', detail: 'Must be a real date written YYYY-MM-DD' },
        { pointer: '#/source', detail: 'Unknown field' },
      ],
    });
  });

  it('is the named component Dateline in JSON Schema', () => {
    const json = z.toJSONSchema(DatelineSchema, { target: 'draft-2020-12', io: 'input' });
    expect(json.$ref).toBe('#/$defs/Dateline');
    expect(json.$defs?.Dateline).toMatchObject({ required: ['place', 'date', 'agency'], additionalProperties: false });
  });
});
