import type { Locale } from '@kraina/core';
import { jsonLdText } from './structured-data.js';

/** What a content page tells search engines and link previews about itself, beyond its title. */
export interface PageMeta {
  /** This page's one address, as a path on the site (the query only when it picks a different page, e.g. `?page=2`). */
  canonicalPath: string;
  /** The same page in each locale that has it in its own words, as paths; the default locale's is also `x-default`. */
  alternates: Partial<Record<Locale, string>>;
  ogType: 'website' | 'article';
  /** An absolute image address for link previews. */
  imageUrl?: string | undefined;
  imageAlt?: string | undefined;
  article?: { publishedTime: string; modifiedTime: string; section?: string | undefined; tags: readonly string[] } | undefined;
  jsonLd: readonly unknown[];
  feeds?: readonly { title: string; path: string }[];
  /** Keeps the page out of search engines and its links unfollowed: drafts shown through a preview link, searches. */
  noindex?: boolean | undefined;
}

// Open Graph wants a territory; these are the portal's own, and other locales fall back to the bare language.
const ogLocales: Record<string, string> = { en: 'en_GB', ru: 'ru_RU', be: 'be_BY' };
const ogLocale = (locale: Locale) => ogLocales[locale] ?? locale.replace('-', '_');

/** The head elements of a content page: canonical and hreflang links, Open Graph, Twitter card, feeds and JSON-LD. */
export function PageHead({
  meta,
  locale,
  defaultLocale,
  siteUrl,
  siteName,
  title,
  description,
}: {
  meta: PageMeta;
  locale: Locale;
  defaultLocale: Locale;
  siteUrl: string;
  siteName: string;
  title: string;
  description?: string | undefined;
}) {
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const alternates = Object.entries(meta.alternates) as [Locale, string][];
  const xDefault = meta.alternates[defaultLocale];
  return (
    <>
      {meta.noindex ? <meta name="robots" content="noindex, nofollow" /> : null}
      <link rel="canonical" href={absolute(meta.canonicalPath)} />
      {alternates.map(([other, path]) => (
        <link key={other} rel="alternate" hrefLang={other} href={absolute(path)} />
      ))}
      {xDefault === undefined ? null : <link rel="alternate" hrefLang="x-default" href={absolute(xDefault)} />}
      {(meta.feeds ?? []).map((feed) => (
        <link key={feed.path} rel="alternate" type="application/rss+xml" title={feed.title} href={absolute(feed.path)} />
      ))}
      <meta property="og:site_name" content={siteName} />
      <meta property="og:type" content={meta.ogType} />
      <meta property="og:title" content={title} />
      {description ? <meta property="og:description" content={description} /> : null}
      <meta property="og:url" content={absolute(meta.canonicalPath)} />
      <meta property="og:locale" content={ogLocale(locale)} />
      {alternates
        .filter(([other]) => other !== locale)
        .map(([other]) => (
          <meta key={other} property="og:locale:alternate" content={ogLocale(other)} />
        ))}
      {meta.imageUrl ? <meta property="og:image" content={meta.imageUrl} /> : null}
      {meta.imageUrl && meta.imageAlt ? <meta property="og:image:alt" content={meta.imageAlt} /> : null}
      {meta.article ? <meta property="article:published_time" content={meta.article.publishedTime} /> : null}
      {meta.article ? <meta property="article:modified_time" content={meta.article.modifiedTime} /> : null}
      {meta.article?.section ? <meta property="article:section" content={meta.article.section} /> : null}
      {(meta.article?.tags ?? []).map((tag) => (
        <meta key={tag} property="article:tag" content={tag} />
      ))}
      <meta name="twitter:card" content={meta.imageUrl ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title} />
      {description ? <meta name="twitter:description" content={description} /> : null}
      {meta.imageUrl ? <meta name="twitter:image" content={meta.imageUrl} /> : null}
      {meta.imageUrl && meta.imageAlt ? <meta name="twitter:image:alt" content={meta.imageAlt} /> : null}
      {meta.jsonLd.map((data, index) => (
        // A data block, not a script: browsers never run it, and jsonLdText keeps it from closing the element.
        <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />
      ))}
    </>
  );
}
