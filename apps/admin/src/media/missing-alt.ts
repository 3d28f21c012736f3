import { type Media, type MediaPage, defaultLocales } from '@kraina/core';

/** The content locales an image has no alt text in; a document needs none, so it lacks none. */
export function missingAltLocales(media: Pick<Media, 'kind' | 'alt'>, locales: readonly string[] = defaultLocales): string[] {
  if (media.kind !== 'image') return [];
  return locales.filter((locale) => (media.alt[locale] ?? '').trim() === '');
}

/** How far one screen of the "missing alt text" filter reads: enough items to fill it, or this many API pages. */
export interface MissingAltWalk {
  wanted: number;
  maxPages: number;
}

/**
 * One screen of images lacking alt text, found by reading the library's pages in order from `cursor`. The API lists
 * by file name and alt text but has no such filter, so the walk stops when the screen is full or after `maxPages`
 * reads, and answers the cursor to carry on from: paging on is exact, never skipping or repeating an item.
 */
export async function findMediaMissingAlt(
  readPage: (cursor: string | undefined) => Promise<MediaPage>,
  cursor: string | undefined,
  { wanted, maxPages }: MissingAltWalk = { wanted: 24, maxPages: 5 },
): Promise<MediaPage> {
  const items: Media[] = [];
  let next: string | null | undefined = cursor;
  for (let read = 0; read < maxPages && next !== null && items.length < wanted; read += 1) {
    const page = await readPage(next);
    items.push(...page.items.filter((media) => missingAltLocales(media).length > 0));
    next = page.nextCursor;
  }
  return { items, nextCursor: next ?? null };
}
