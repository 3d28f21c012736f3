import type { Media } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { focalPointAt, mediaFormValuesOf, mediaResolver, updateMediaInputOf } from './media-form-values.js';

const media = {
  id: '5f0c6f2e-3b7a-4c1d-9e8f-0a1b2c3d4e5f',
  kind: 'image',
  filename: 'stage.png',
  mimeType: 'image/png',
  bytes: 1200,
  url: '/media/stage.png',
  width: 10,
  height: 10,
  alt: { en: 'The opera stage' },
  caption: {},
  credit: null,
  focalPoint: { x: 0.5, y: 0.5 },
  variants: [],
  createdAt: '2026-11-28T10:00:00Z',
  updatedAt: '2026-11-28T10:00:00Z',
  version: 1,
} satisfies Media;

describe('the media detail form', () => {
  it('offers every content locale, blank where the item has no text yet', () => {
    expect(mediaFormValuesOf(media).alt).toEqual({ en: 'The opera stage', ru: '', be: '' });
  });

  it('sends filled locales trimmed, leaves cleared ones out, and a blank credit as none', () => {
    const values = { ...mediaFormValuesOf(media), alt: { en: '', ru: ' Сцена оперы ', be: '' }, credit: '  ' };
    expect(updateMediaInputOf(values)).toEqual({ alt: { ru: 'Сцена оперы' }, caption: {}, credit: null, focalPoint: { x: 0.5, y: 0.5 } });
  });

  it('refuses what core’s schema refuses, naming the field', async () => {
    const values = { ...mediaFormValuesOf(media), alt: { en: 'x'.repeat(501), ru: '', be: '' }, focalPoint: { x: 1.5, y: 0 } };
    const { errors } = await mediaResolver()(values, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(Object.keys(errors).sort()).toEqual(['alt', 'focalPoint']);
    expect(errors.alt).toHaveProperty('en');
  });

  it('turns a click on the image into fractions of its size, kept inside the image', () => {
    const box = { left: 100, top: 50, width: 400, height: 200 };
    expect(focalPointAt({ x: 200, y: 200 }, box)).toEqual({ x: 0.25, y: 0.75 });
    expect(focalPointAt({ x: 900, y: 0 }, box)).toEqual({ x: 1, y: 0 });
  });
});
