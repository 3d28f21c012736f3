import type { Locale } from '@kraina/core';

/** One page of the site as a sitemap lists it: its address in each locale it exists in, and when it last changed. */
export interface SitemapItem {
  paths: Partial<Record<Locale, string>>;
  lastmod?: string | undefined;
}

// Characters XML 1.0 cannot hold at all, even escaped: controls other than tab, newline and return, and U+FFFE/F.
const notXmlChars = /[^\P{Cc}\t\n\r]|[\uFFFE\uFFFF]/gu;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for an XML element or a quoted attribute: the five special characters escaped, illegal ones dropped. */
export function xmlText(value: string): string {
  return value.replace(notXmlChars, '').replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** The opening of a sitemap index (sitemaps.org 0.9). */
export const sitemapIndexStart = '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
/** The close of a sitemap index. */
export const sitemapIndexEnd = '</sitemapindex>\n';
/** The opening of a sitemap whose URLs carry hreflang alternates as xhtml:link elements. */
export const urlSetStart =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
/** The close of a sitemap. */
export const urlSetEnd = '</urlset>\n';

/** One child sitemap in the index. */
export function sitemapIndexEntry(url: string): string {
  return `<sitemap><loc>${xmlText(url)}</loc></sitemap>\n`;
}

/**
 * The `<url>` elements of one item: one per locale it exists in, each naming every locale's version as an alternate
 * (itself included, as Google asks) and the default locale's as x-default.
 */
export function urlEntries(item: SitemapItem, siteUrl: string, defaultLocale: Locale): string {
  const versions = Object.entries(item.paths).flatMap(([locale, path]) => (path === undefined ? [] : [[locale, new URL(path, siteUrl).href] as const]));
  const xDefault = versions.find(([locale]) => locale === defaultLocale)?.[1];
  const alternates =
    versions.map(([locale, href]) => `<xhtml:link rel="alternate" hreflang="${xmlText(locale)}" href="${xmlText(href)}"/>`).join('') +
    (xDefault === undefined ? '' : `<xhtml:link rel="alternate" hreflang="x-default" href="${xmlText(xDefault)}"/>`);
  const lastmod = item.lastmod === undefined ? '' : `<lastmod>${xmlText(item.lastmod)}</lastmod>`;
  return versions.map(([, href]) => `<url><loc>${xmlText(href)}</loc>${lastmod}${alternates}</url>\n`).join('');
}
