import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlugSchema, isSlug, slugify, uniqueSlug } from './slug.js';

describe('slugs', () => {
  it.each([
    ['Брестская крепость-герой', 'brestskaya-krepost-geroy'],
    ['Мірскі замак', 'mirski-zamak'],
    // ц becomes c, as in Belarus's own romanisation (palac, not palats).
    ['Нясвіжскі палацава-паркавы комплекс', 'nyasvizhski-palacava-parkavy-kompleks'],
    ['Belarus–China forum: 2026!', 'belarus-china-forum-2026'],
    ['  Crème brûlée à Minsk  ', 'creme-brulee-a-minsk'],
  ])('turns %s into %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('gives the fallback for a title with no letters or digits', () => {
    expect(slugify('—!?', 'article')).toBe('article');
  });

  it('always makes a valid slug of at most 120 characters, and the same one twice', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (title) => {
        const slug = slugify(title);
        expect(isSlug(slug)).toBe(true);
        expect(SlugSchema.safeParse(slug).success).toBe(true);
        expect(slugify(title)).toBe(slug);
      }),
    );
  });

  it('suffixes -2, -3, … until a slug is free', async () => {
    const taken = new Set(['forum', 'forum-2']);
    expect(await uniqueSlug('forum', (s) => taken.has(s))).toBe('forum-3');
    expect(await uniqueSlug('expo', (s) => taken.has(s))).toBe('expo');
  });

  it('keeps a suffixed slug within 120 characters without losing the suffix', async () => {
    const base = 'a'.repeat(120);
    const result = await uniqueSlug(base, async (s) => Promise.resolve(s === base));
    expect(result).toHaveLength(120);
    expect(result.endsWith('-2')).toBe(true);
    expect(isSlug(result)).toBe(true);
  });

  it.each(['', 'Upper', 'double--hyphen', '-leading', 'trailing-', 'кириллица', 'a'.repeat(121)])('rejects %j', (value) => {
    expect(SlugSchema.safeParse(value).success).toBe(false);
  });
});
