import { SiteKindSchema } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { addMessages, formatMessage } from '../locale/messages.js';
import { placeMessages } from './place-messages.js';
import { type KindField, kindFieldPaths, kindFieldsOf } from './place-kind-fields.js';
import { fieldLabel, optionMessages } from './place-words.js';

addMessages([placeMessages]);

const byName = (fields: readonly KindField[], name: string) => fields.find((field) => field.name === name);
const flatten = (fields: readonly KindField[]): KindField[] => fields.flatMap((field) => (field.control === 'group' ? [field, ...flatten(field.fields)] : [field]));

describe('the fields a kind of place has of its own, read from core’s union', () => {
  it('asks a UNESCO site for its inscription year, criteria, reference number, category and whether it crosses borders', () => {
    const fields = kindFieldsOf('unesco-heritage');
    expect(fields.map((field) => field.name)).toEqual(['inscriptionYear', 'criteria', 'referenceNumber', 'heritageCategory', 'transboundary']);
    expect(byName(fields, 'inscriptionYear')).toMatchObject({ control: 'integer', min: 1978, required: true });
    expect(byName(fields, 'criteria')).toMatchObject({ control: 'choices', options: ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'] });
    expect(byName(fields, 'transboundary')).toMatchObject({ control: 'checkbox', required: false });
  });

  it('gives a sanatorium its treatment profiles and the accommodation and booking groups, and no UNESCO field', () => {
    const fields = kindFieldsOf('sanatorium');
    expect(fields.map((field) => field.name)).toEqual(['treatmentProfiles', 'accommodation', 'booking']);
    expect(kindFieldPaths(fields)).toEqual(['treatmentProfiles', 'accommodation', 'accommodation.rooms', 'accommodation.beds', 'accommodation.description', 'booking', 'booking.phone', 'booking.email', 'booking.url']);
    expect(byName(fields, 'inscriptionYear')).toBeUndefined();
  });

  it('leaves the fields every kind shares (name, region, coordinates) to the form itself', () => {
    for (const kind of SiteKindSchema.options) {
      const names = kindFieldsOf(kind).map((field) => field.name);
      for (const shared of ['translations', 'region', 'coordinates', 'kind', 'gallery']) expect(names).not.toContain(shared);
    }
  });

  it('has words in every language for every field and every choice any kind offers', () => {
    for (const kind of SiteKindSchema.options) {
      for (const field of flatten(kindFieldsOf(kind))) {
        for (const locale of ['en', 'ru', 'be'] as const) {
          expect(formatMessage(locale, 'placeField', { field: field.name }), `${kind}.${field.path} in ${locale}`).not.toBe(field.name);
        }
        const hasWords = field.control === 'select' || field.control === 'choices';
        if (hasWords && field.name !== 'criteria') expect(optionMessages[field.name], `${kind}.${field.path}`).toBeDefined();
      }
    }
    expect(fieldLabel((key, values) => formatMessage('en', key, values), 'inscriptionYear')).toBe('Year of inscription');
  });
});
