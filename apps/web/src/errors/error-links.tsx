import type { Locale } from '@kraina/core';
import type { Messages } from '../locale/messages.js';
import { SearchBox } from '../search/search-box.js';

/** What a lost reader is offered on an error page: a search and the main parts of the portal. */
export function ErrorLinks({ locale, t }: { locale: Locale; t: Messages }) {
  return (
    <>
      <SearchBox locale={locale} t={t} id="error-search" className="search-box search-box--page" landmarkLabel={t.searchHeading} />
      <nav className="error-links" aria-label={t.errorLinksLabel}>
        <ul>
          <li>
            <a href={`/${locale}/`}>{t.goHome}</a>
          </li>
          <li>
            <a href={`/${locale}/news/`}>{t.allNews}</a>
          </li>
          <li>
            <a href={`/${locale}/events/`}>{t.allEvents}</a>
          </li>
          <li>
            <a href={`/${locale}/places/`}>{t.allPlaces}</a>
          </li>
        </ul>
      </nav>
    </>
  );
}
