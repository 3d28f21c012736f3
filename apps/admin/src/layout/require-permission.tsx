import type { Permission } from '@kraina/core';
import type { ReactNode } from 'react';
import { useSession } from '../api/session.js';
import { useLocale } from '../locale/locale-context.js';
import { usePageTitle } from './use-page-title.js';

function NotAllowed() {
  const { t } = useLocale();
  usePageTitle(t('notAllowedHeading'));
  return (
    <>
      <h1>{t('notAllowedHeading')}</h1>
      <p>{t('notAllowedLead')}</p>
    </>
  );
}

/**
 * Opens a screen only to a session the API gave `needs`, and otherwise says plainly that it is not allowed, rather
 * than letting the screen fire requests the API would refuse one by one.
 */
export function RequirePermission({ needs, children }: { needs: Permission; children: ReactNode }) {
  const session = useSession().data;
  if (!session?.permissions.includes(needs)) return <NotAllowed />;
  return children;
}
