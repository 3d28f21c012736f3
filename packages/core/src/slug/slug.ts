import { slugify as transliterateToSlug } from 'transliteration';
import { z } from 'zod';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A URL segment: lowercase Latin letters and digits in words joined by single hyphens, at most 120 characters. */
export const SlugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(slugPattern, 'Must be lowercase letters and digits separated by single hyphens')
  .meta({ id: 'Slug', examples: ['mir-castle-complex'] });
/** A URL segment such as `mir-castle-complex`. */
export type Slug = z.infer<typeof SlugSchema>;

/** Whether a string is a valid slug. */
export function isSlug(value: string): boolean {
  return value.length <= 120 && slugPattern.test(value);
}

/**
 * Makes a slug from a title in any script: Cyrillic is transliterated, accents dropped, the rest hyphenated.
 * The same title always gives the same slug; a title with no letters or digits gives `fallback`.
 */
export function slugify(title: string, fallback = 'item'): Slug {
  const slug = transliterateToSlug(title.normalize('NFC'), { lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  const bounded = slug.slice(0, 120).replace(/-+$/, '');
  return bounded === '' ? fallback : bounded;
}

/**
 * Returns `base`, or `base-2`, `base-3`, … : the first that `isTaken` says is free.
 * The suffix is kept inside the 120-character limit by shortening the base, never by dropping the suffix.
 */
export async function uniqueSlug(base: Slug, isTaken: (candidate: Slug) => boolean | Promise<boolean>): Promise<Slug> {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : `-${n}`;
    const candidate = `${base.slice(0, 120 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
