import { readHtmlReferences } from './html-references.js';

/** A kind of public page the measurements cover, and where to look for one. */
export interface PageType {
  name: string;
  /** A fixed address, or the page to look on and the pattern a link to this kind of page matches. */
  find: { path: string } | { on: readonly string[]; link: RegExp };
}

/** A page type and the address found for it, or why none was found. */
export type FoundPage = { name: string; path: string } | { name: string; path?: undefined; missing: string };

/**
 * The page types of the public site (PRODUCT.md, "Public web"), in English. Content pages are found by following
 * links from the lists a reader starts on, as a reader would, so the measurements never guess a slug or a route.
 */
export const pageTypes: readonly PageType[] = [
  { name: 'Home', find: { path: '/en/' } },
  { name: 'News list', find: { path: '/en/news/' } },
  { name: 'Article', find: { on: ['/en/news/', '/en/'], link: /^\/en\/news\/(?!archive\/)[a-z0-9-]+\/[a-z0-9-]+$/ } },
  { name: 'Day archive', find: { on: ['/en/', '/en/news/'], link: /^\/en\/news\/archive\/\d{4}\/\d{2}\/\d{2}$/ } },
  { name: 'Events calendar', find: { path: '/en/events/' } },
  { name: 'Event', find: { on: ['/en/events/', '/en/'], link: /^\/en\/events\/[a-z0-9-]+$/ } },
  { name: 'Places', find: { path: '/en/places/' } },
  { name: 'Place', find: { on: ['/en/places/', '/en/'], link: /^\/en\/places\/[a-z0-9-]+\/[a-z0-9-]+$/ } },
  { name: 'Search', find: { path: '/en/search?q=minsk' } },
];

/** Same-site link paths on a page, without query or fragment, in page order; none if the page does not answer 200. */
export async function linksOn(siteUrl: string, path: string): Promise<string[]> {
  const response = await fetch(new URL(path, siteUrl));
  if (!response.ok) return [];
  const origin = new URL(siteUrl).origin;
  return readHtmlReferences(await response.text())
    .links.map((href) => new URL(href, new URL(path, siteUrl)))
    .filter((url) => url.origin === origin)
    .map((url) => url.pathname);
}

/** Up to `count` distinct addresses of one page type, in the order its list shows them. */
export async function findPages(siteUrl: string, type: PageType, count = 1): Promise<FoundPage[]> {
  if ('path' in type.find) return [{ name: type.name, path: type.find.path }];
  const { on, link } = type.find;
  for (const list of on) {
    const matches = [...new Set((await linksOn(siteUrl, list)).filter((path) => link.test(path)))];
    if (matches.length > 0) return matches.slice(0, count).map((path) => ({ name: type.name, path }));
  }
  return [{ name: type.name, missing: `no link to one on ${on.join(' or ')}` }];
}

/** The first address of each page type. */
export async function findEveryPageType(siteUrl: string): Promise<FoundPage[]> {
  const found: FoundPage[] = [];
  for (const type of pageTypes) found.push(...(await findPages(siteUrl, type)));
  return found;
}

/** The page type of this name; a typo in a caller fails at once rather than measuring nothing. */
export function pageType(name: string): PageType {
  const type = pageTypes.find((t) => t.name === name);
  if (type === undefined) throw new Error(`No page type "${name}"`);
  return type;
}
