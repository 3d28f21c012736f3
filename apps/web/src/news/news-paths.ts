import type { Locale } from '@kraina/core';

// The news pages' addresses, written once; an article's own address is core's `articlePagePath`, shared with the API.

/** The news list, of one section or of all, at a page number (page 1 has no query, so it has one address). */
export function newsListPath(locale: Locale, section?: string, page = 1): string {
  const base = section === undefined ? `/${locale}/news/` : `/${locale}/news/${section}/`;
  return page > 1 ? `${base}?page=${page}` : base;
}

/** The news of one day, e.g. `/en/news/archive/2026/05/12` for `2026-05-12`. */
export function dayArchivePath(locale: Locale, date: string): string {
  const [year, month, day] = date.split('-');
  return `/${locale}/news/archive/${year}/${month}/${day}`;
}

/** The RSS feed of a locale's news, or of one section's. */
export function newsFeedPath(locale: Locale, section?: string): string {
  return section === undefined ? `/${locale}/feed.xml` : `/${locale}/news/${section}/feed.xml`;
}
