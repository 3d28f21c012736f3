import { describe, expect, it } from 'vitest';
import { alertFormValuesOf, alertInputOf, alertResolver, emptyAlertValues } from './alert-form-values.js';

const check = (mode: 'create' | 'update', values: Parameters<typeof alertInputOf>[0]) => alertResolver(mode)(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('the alert form', () => {
  it('sends only the locales written, and no link or end when they are left blank', () => {
    const values = { ...emptyAlertValues(new Date('2026-11-28T12:00:00Z')), message: { en: 'Roads closed', ru: ' ', be: '' } };
    const input = alertInputOf(values);
    expect(input.message).toEqual({ en: 'Roads closed' });
    expect(input.link).toBeNull();
    expect(input.endsAt).toBeNull();
    expect(input.startsAt).toBe('2026-11-28T12:00:00.000Z');
  });

  it('shows a saved banner’s times back in the same instants it sends', () => {
    const alert = { id: '0b9e8f55-7a2e-4d7e-9c55-7d6c0e0a1f10', level: 'warning', message: { be: 'Мяцеліца' }, link: '/news', startsAt: '2026-12-01T08:30:00Z', endsAt: '2026-12-02T08:30:00Z', createdAt: '2026-11-28T12:00:00Z', updatedAt: '2026-11-28T12:00:00Z', version: 1 } as const;
    const input = alertInputOf(alertFormValuesOf(alert));
    expect(input).toEqual({ level: 'warning', message: { be: 'Мяцеліца' }, link: '/news', startsAt: '2026-12-01T08:30:00.000Z', endsAt: '2026-12-02T08:30:00.000Z' });
  });

  it('refuses, with core’s rules, a banner with no text at all or one that ends before it starts', async () => {
    const blank = await check('create', emptyAlertValues(new Date()));
    expect(Object.keys(blank.errors)).toContain('message');
    const backwards = await check('update', { level: 'info', message: { en: 'Hi' }, link: '', startsAt: '2026-12-02T10:00', endsAt: '2026-12-01T10:00' });
    expect(Object.keys(backwards.errors)).toEqual(['endsAt']);
  });

  it('refuses a link that is neither a path on the site nor a web address', async () => {
    const result = await check('create', { level: 'info', message: { en: 'Hi' }, link: 'javascript:alert(1)', startsAt: '2026-12-01T10:00', endsAt: '' });
    expect(Object.keys(result.errors)).toEqual(['link']);
  });
});
