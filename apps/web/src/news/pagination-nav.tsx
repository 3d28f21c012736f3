import type { Locale } from '@kraina/core';
import { type Messages, formatMessage } from '../locale/messages.js';
import { pageLinks } from './page-numbers.js';

/** Numbered page links around the current page, with previous and next, as plain links that work without JavaScript. */
export function PaginationNav({
  locale,
  t,
  page,
  totalPages,
  hrefFor,
}: {
  locale: Locale;
  t: Messages;
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
}) {
  const links = pageLinks(page, totalPages);
  if (links.length === 0) return null;
  return (
    <nav className="pagination" aria-label={t.paginationLabel}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              {t.previousPage}
            </a>
          </li>
        ) : null}
        {links.map((link, index) =>
          link.kind === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={link.page}>
              <a
                href={hrefFor(link.page)}
                aria-label={formatMessage(locale, t.pageNumber, { page: link.page })}
                aria-current={link.page === page ? 'page' : undefined}
              >
                {new Intl.NumberFormat(locale).format(link.page)}
              </a>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              {t.nextPage}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
