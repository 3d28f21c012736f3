import { useLocale } from '../locale/locale-context.js';
import type { MessageKey } from '../locale/messages.js';
import { usePageTitle } from './use-page-title.js';

/** A screen of issue 6 not built in this release: says so plainly rather than pretending. */
export function LaterScreen({ title }: { title: MessageKey }) {
  const { t } = useLocale();
  usePageTitle(t(title));
  return (
    <>
      <h1>{t('notYetHeading', { screen: t(title) })}</h1>
      <p>{t('notYetLead')}</p>
    </>
  );
}
