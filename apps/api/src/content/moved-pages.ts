import { articlePagePath, eventPagePath, placePagePath } from '@kraina/core';
import type { Transaction } from 'kysely';
import type { Tables } from '../db/tables.js';
import { recordRedirect } from '../redirect/redirect-rows.js';
import type { ContentKind } from './content-kind.js';

// Once an item has been published its address is out in the world (shared links, search engines, other sites), so
// when a save moves its page (a new slug in some locale, an article to another section, a place to another kind)
// the old address answers 301 with the new one, in the same transaction as the save.

/** What the page address of any item is made of; `section` is an article's, `kind` a place's. */
interface PagedItem {
  slug: string;
  firstPublishedAt: string | null;
  section?: string;
  kind?: string;
  translations: Partial<Record<string, { status: string; slug?: string | null | undefined }>>;
}

/** The item's page in each locale it has a text in, by that locale's own slug when it has one. */
export function pagePathsOf(kind: ContentKind, item: PagedItem): Map<string, string> {
  const paths = new Map<string, string>();
  for (const [locale, text] of Object.entries(item.translations)) {
    if (text === undefined) continue;
    const slug = text.slug ?? item.slug;
    const path =
      kind === 'article' ? articlePagePath(locale, { section: item.section ?? '', slug }) : kind === 'event' ? eventPagePath(locale, { slug }) : placePagePath(locale, { kind: item.kind ?? '', slug });
    paths.set(locale, path);
  }
  return paths;
}

/** Redirects every page of a once-published item that the save moved, from its old address to its new one. */
export async function redirectMovedPages(trx: Transaction<Tables>, kind: ContentKind, before: PagedItem, after: PagedItem, at: string): Promise<void> {
  if (before.firstPublishedAt === null) return; // never public: nobody can hold its address
  const now = pagePathsOf(kind, after);
  for (const [locale, from] of pagePathsOf(kind, before)) {
    const to = now.get(locale);
    if (to !== undefined && to !== from) await recordRedirect(trx, from, to, at);
  }
}
