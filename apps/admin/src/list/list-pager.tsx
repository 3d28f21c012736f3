import { Link } from 'react-router';
import { useLocale } from '../locale/locale-context.js';

/** A cursor-paged list's way on: back to the first page when on a later one, and to the next when there is one. */
export function ListPager({ firstPage, nextPage }: { firstPage: URLSearchParams | undefined; nextPage: URLSearchParams | undefined }) {
  const { t } = useLocale();
  return (
    <nav className="pager" aria-label={t('pages')}>
      {firstPage && <Link to={`?${firstPage.toString()}`}>{t('firstPage')}</Link>}
      {nextPage && <Link to={`?${nextPage.toString()}`}>{t('nextPage')}</Link>}
    </nav>
  );
}
