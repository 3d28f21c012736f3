import { useEffect } from 'react';
import { useLocale } from '../locale/locale-context.js';

/** Names the browser tab after the screen, so tabs and screen-reader page announcements say where one is. */
export function usePageTitle(title: string): void {
  const { t } = useLocale();
  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);
}
