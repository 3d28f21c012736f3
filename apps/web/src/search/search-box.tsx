import type { Locale } from '@kraina/core';
import type { Messages } from '../locale/messages.js';
import { searchPagePath } from './search-paths.js';

/**
 * A plain GET form to the search page, so searching works with JavaScript off. `id` keeps label and input paired
 * when a page holds two boxes (the header's and the search or error page's own).
 */
export function SearchBox({
  locale,
  t,
  id,
  query = '',
  className = 'search-box',
  landmarkLabel = t.searchLabel,
}: {
  locale: Locale;
  t: Messages;
  id: string;
  query?: string;
  className?: string;
  /** Two search landmarks on one page need different names; the header's is the default. */
  landmarkLabel?: string;
}) {
  return (
    <form role="search" action={searchPagePath(locale)} method="get" className={className} aria-label={landmarkLabel}>
      <label htmlFor={id}>{t.searchInputLabel}</label>
      <span className="search-box__row">
        <input id={id} type="search" name="q" defaultValue={query} maxLength={200} autoComplete="off" />
        <button type="submit">{t.searchButton}</button>
      </span>
    </form>
  );
}
