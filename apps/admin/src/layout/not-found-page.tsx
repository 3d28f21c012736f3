import { useLocale } from '../locale/locale-context.js';
import { usePageTitle } from './use-page-title.js';

/** An address inside the app that leads nowhere. */
export function NotFoundPage() {
  const { t } = useLocale();
  usePageTitle(t('notFoundHeading'));
  return (
    <>
      <h1>{t('notFoundHeading')}</h1>
      <p>{t('notFoundLead')}</p>
    </>
  );
}
