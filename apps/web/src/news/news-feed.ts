import { type ArticleSummary, type Locale, articlePagePath } from '@kraina/core';
import { generateRssFeed } from 'feedsmith';

/** What an RSS channel says about itself. */
export interface NewsFeedChannel {
  title: string;
  description: string;
  locale: Locale;
  siteUrl: string;
  /** The HTML page the feed mirrors, and the feed's own address, both as paths on the site. */
  pagePath: string;
  feedPath: string;
}

/**
 * An RSS 2.0 document of news items, newest first, written by feedsmith so escaping and dates (RFC 822) are a
 * library's job. Each item's guid is its permanent address, and the channel links to itself through atom:link, as
 * feed validators ask.
 */
export function newsFeedXml(channel: NewsFeedChannel, items: readonly ArticleSummary[]): string {
  const absolute = (path: string) => new URL(path, channel.siteUrl).href;
  const newest = items.reduce<string | undefined>((latest, item) => {
    const at = item.firstPublishedAt ?? item.updatedAt;
    return latest === undefined || at > latest ? at : latest;
  }, undefined);
  const xml = generateRssFeed({
    title: channel.title,
    link: absolute(channel.pagePath),
    description: channel.description,
    language: channel.locale,
    ...(newest === undefined ? {} : { lastBuildDate: new Date(newest) }),
    atom: { links: [{ href: absolute(channel.feedPath), rel: 'self', type: 'application/rss+xml' }] },
    items: items.map((item) => {
      const url = absolute(articlePagePath(channel.locale, item));
      return {
        title: item.headline,
        link: url,
        guid: { value: url, isPermaLink: true },
        pubDate: new Date(item.firstPublishedAt ?? item.updatedAt),
        ...(item.lead ? { description: item.lead } : {}),
        categories: item.tags.map((tag) => ({ name: tag })),
      };
    }),
  });
  return typeof xml === 'string' ? xml : String(xml);
}
