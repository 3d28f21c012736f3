import { emptyRichText } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { type PlaceFormValues, createPlaceInputOf, formFieldOf, newPlaceValues, placePlaceIssues, placeResolver, updatePlaceInputOf } from './place-form-values.js';

function unescoValues(own: Record<string, unknown> = {}): PlaceFormValues {
  return {
    ...newPlaceValues('en'),
    kind: 'unesco-heritage',
    region: 'minsk-region',
    coordinates: { lat: 53.2225, lng: 26.6917 },
    translations: { en: { name: 'Mir Castle Complex', summary: '', description: emptyRichText(), address: '' } },
    own: { inscriptionYear: 2000, criteria: ['ii', 'iv'], referenceNumber: '625', heritageCategory: 'cultural', transboundary: false, ...own },
  };
}

const check = (values: PlaceFormValues, mode: 'create' | 'update' = 'create') => placeResolver(mode)(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('what the place form sends and refuses', () => {
  it('sends only the fields of the chosen kind, so a kind switched away from leaves nothing behind', () => {
    const values = unescoValues({ treatmentProfiles: ['skin'], booking: { phone: '+375 17 000000' } });
    const input = createPlaceInputOf(values) as Record<string, unknown>;
    expect(input).toMatchObject({ kind: 'unesco-heritage', inscriptionYear: 2000, criteria: ['ii', 'iv'], referenceNumber: '625' });
    expect(input).not.toHaveProperty('treatmentProfiles');
    expect(input).not.toHaveProperty('booking');
  });

  it('accepts a complete UNESCO site through core’s create schema', async () => {
    expect((await check(unescoValues())).errors).toEqual({});
  });

  it('puts an inscription year before the List existed beside its field, under the kind’s own fields', async () => {
    const { errors } = await check(unescoValues({ inscriptionYear: 1900 }));
    expect(errors).toHaveProperty('own.inscriptionYear.message');
    expect(errors).not.toHaveProperty('inscriptionYear');
  });

  it('refuses coordinates off the globe and an empty latitude box in core’s words, beside each box', async () => {
    const { errors } = await check({ ...unescoValues(), coordinates: { lat: Number.NaN, lng: 200 } });
    expect(errors).toHaveProperty('coordinates.lat.message');
    expect(errors).toHaveProperty('coordinates.lng.message');
  });

  it('turns typed opening periods and contacts into core’s shapes', () => {
    const input = createPlaceInputOf({ ...unescoValues(), openingPeriods: [{ days: ['3', '1'], opens: '10:00', closes: '18:00' }], phones: '+375 17 000000\n\n', email: ' info@mir.by ' });
    expect(input.openingHours).toEqual({ periods: [{ days: [1, 3], opens: '10:00', closes: '18:00' }] });
    expect(input.contacts).toEqual({ phones: ['+375 17 000000'], email: 'info@mir.by' });
  });

  it('saves only what changed: the kind always, a changed shared field, and the kind’s fields when one of them changed', () => {
    const input = updatePlaceInputOf(unescoValues(), { fields: ['coordinates', 'own'], locales: [] }) as Record<string, unknown>;
    expect(Object.keys(input).sort()).toEqual(['coordinates', 'criteria', 'heritageCategory', 'inscriptionYear', 'kind', 'referenceNumber', 'transboundary']);
    expect(updatePlaceInputOf(unescoValues(), { fields: [], locales: ['en'] })).toEqual({ kind: 'unesco-heritage', translations: { en: { name: 'Mir Castle Complex', description: emptyRichText() } } });
  });

  it('places the API’s issues on the form’s own fields', () => {
    expect(formFieldOf('inscriptionYear')).toBe('own.inscriptionYear');
    expect(formFieldOf('booking.phone')).toBe('own.booking.phone');
    expect(formFieldOf('contacts.phones.2')).toBe('phones');
    expect(formFieldOf('openingHours.periods.0.opens')).toBe('openingPeriods.0.opens');
    const { byField, unplaced } = placePlaceIssues(
      [
        { pointer: '#/body/inscriptionYear', detail: 'Too small' },
        { pointer: '#/body/translations/en/name', detail: 'Required' },
        { pointer: '#/body/tags', detail: 'Odd' },
      ],
      unescoValues(),
    );
    expect(Object.fromEntries(byField)).toEqual({ 'own.inscriptionYear': 'Too small', 'translations.en.name': 'Required' });
    expect(unplaced).toEqual(['tags: Odd']);
  });
});
