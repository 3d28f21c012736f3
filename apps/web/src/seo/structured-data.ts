// schema.org JSON-LD for search engines and news aggregators: what a page is, in data rather than markup.

/** One step of a breadcrumb trail, with its absolute address. */
export interface Crumb {
  name: string;
  url: string;
}

/** What a NewsArticle needs to be listed by news search: the fields Google's article guidelines ask for. */
export interface NewsArticleFacts {
  url: string;
  headline: string;
  description?: string;
  inLanguage: string;
  datePublished: string;
  dateModified: string;
  imageUrls: string[];
  section?: string;
  keywords: string[];
  /** The dateline's place, e.g. "Minsk". */
  datelinePlace?: string;
  /** Who wrote it: the agency of the dateline, else the portal itself. */
  author: { type: 'Organization'; name: string };
  publisher: { name: string; url: string; logoUrl: string };
}

/** A schema.org NewsArticle. */
export function newsArticleJsonLd(facts: NewsArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
    url: facts.url,
    // Google cuts headlines past 110 characters; a cut one is better than a refused one.
    headline: facts.headline.length > 110 ? `${facts.headline.slice(0, 109)}…` : facts.headline,
    ...(facts.description ? { description: facts.description } : {}),
    inLanguage: facts.inLanguage,
    datePublished: facts.datePublished,
    dateModified: facts.dateModified,
    ...(facts.imageUrls.length > 0 ? { image: facts.imageUrls } : {}),
    ...(facts.section ? { articleSection: facts.section } : {}),
    ...(facts.keywords.length > 0 ? { keywords: facts.keywords.join(', ') } : {}),
    ...(facts.datelinePlace ? { contentLocation: { '@type': 'Place', name: facts.datelinePlace } } : {}),
    author: { '@type': facts.author.type, name: facts.author.name },
    publisher: {
      '@type': 'Organization',
      name: facts.publisher.name,
      url: facts.publisher.url,
      logo: { '@type': 'ImageObject', url: facts.publisher.logoUrl },
    },
  };
}

/** A schema.org BreadcrumbList, positions counted from 1. */
export function breadcrumbListJsonLd(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written as `\u003c`, so a headline containing
 * `</script>` cannot end the element and start markup of its own. The JSON means the same.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
