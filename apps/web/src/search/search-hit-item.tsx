import { type Locale, type SearchHit, articlePagePath, eventPagePath, placePagePath } from '@kraina/core';
import type { Messages } from '../locale/messages.js';

const typeNames = { article: 'searchTypeArticle', event: 'searchTypeEvent', site: 'searchTypePlace' } as const satisfies Record<SearchHit['type'], keyof Messages>;

/** Where a hit's page is for a reader of `locale`; undefined when the API left out what its address needs. */
export function hitPagePath(hit: SearchHit, locale: Locale): string | undefined {
  if (hit.type === 'article') return hit.section === undefined ? undefined : articlePagePath(locale, { section: hit.section, slug: hit.slug });
  if (hit.type === 'event') return eventPagePath(locale, hit);
  return hit.kind === undefined ? undefined : placePagePath(locale, { kind: hit.kind, slug: hit.slug });
}

/**
 * One search result: its title linking to its page, its kind, and the snippet. The snippet arrives as plain-text
 * parts with the matches flagged, so matches become <mark> here and nothing from the API is ever read as HTML.
 */
export function SearchHitItem({ hit, path, locale, t }: { hit: SearchHit; path: string; locale: Locale; t: Messages }) {
  const lang = hit.servedLocale === locale ? undefined : hit.servedLocale;
  return (
    <li className="search-hit">
      <h2 className="search-hit__title">
        <a href={path} lang={lang}>
          {hit.title}
        </a>
      </h2>
      <p className="search-hit__type">{t[typeNames[hit.type]]}</p>
      {hit.snippet.length === 0 ? null : (
        <p className="search-hit__snippet" lang={lang}>
          {hit.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
        </p>
      )}
    </li>
  );
}
