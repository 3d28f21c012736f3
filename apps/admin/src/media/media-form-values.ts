import { type Media, type UpdateMediaInput, UpdateMediaInputSchema, defaultLocales } from '@kraina/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';

/** What the media detail form edits: alt text and caption in every content locale (blank when absent), credit, focal point. */
export interface MediaFormValues {
  alt: Record<string, string>;
  caption: Record<string, string>;
  credit: string;
  focalPoint: { x: number; y: number };
}

const perLocale = (texts: Media['alt']) => Object.fromEntries(defaultLocales.map((locale) => [locale, texts[locale] ?? '']));
const filled = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).flatMap(([locale, text]) => (text.trim() === '' ? [] : [[locale, text.trim()]])));

/** The form's values for a media item. */
export function mediaFormValuesOf(media: Media): MediaFormValues {
  return { alt: perLocale(media.alt), caption: perLocale(media.caption), credit: media.credit ?? '', focalPoint: media.focalPoint };
}

/**
 * What saving sends: every locale's alt text and caption (the API replaces them whole, so a cleared field is removed
 * by leaving it out), the credit or null, and the focal point.
 */
export function updateMediaInputOf(values: MediaFormValues): UpdateMediaInput {
  const credit = values.credit.trim();
  return { alt: filled(values.alt), caption: filled(values.caption), credit: credit === '' ? null : credit, focalPoint: values.focalPoint };
}

/** The form's resolver: core's update schema over what would be sent, so the form refuses what the API refuses. */
export function mediaResolver(): Resolver<MediaFormValues> {
  const check = zodResolver(UpdateMediaInputSchema as never, undefined, { raw: true }) as unknown as Resolver<FieldValues>;
  return async (values, context, options) => {
    const result = await check(updateMediaInputOf(values), context, options as never);
    return Object.keys(result.errors).length > 0 ? { values: {}, errors: result.errors as never } : { values, errors: {} };
  };
}

/** A point clicked on an image, as fractions of its width and height, rounded to what the number inputs show. */
export function focalPointAt(click: { x: number; y: number }, box: { left: number; top: number; width: number; height: number }): { x: number; y: number } {
  const fraction = (offset: number, size: number) => Math.round(Math.min(1, Math.max(0, size === 0 ? 0.5 : offset / size)) * 100) / 100;
  return { x: fraction(click.x - box.left, box.width), y: fraction(click.y - box.top, box.height) };
}
