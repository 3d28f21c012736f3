import { Navigate, useLocation } from 'react-router';
import { signInAddress } from '../api/return-address.js';
import { signInReason } from '../api/session-key.js';
import { useSession } from '../api/session.js';
import { useLocale } from '../locale/locale-context.js';
import { AdminLayout } from './admin-layout.js';

/** Every screen but sign-in: shown to a signed-in member of staff, otherwise off to sign-in and back here after. */
export function RequireSession() {
  const { t } = useLocale();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) {
    return (
      <p className="admin-loading" role="status">
        {t('loading')}
      </p>
    );
  }
  if (session.isError) {
    return (
      <main className="admin-main" id="main">
        <p role="alert">{t('requestFailed', { message: session.error.message })}</p>
      </main>
    );
  }
  if (session.data === null) return <Navigate to={signInAddress(`${location.pathname}${location.search}`, signInReason())} replace />;
  return <AdminLayout session={session.data} />;
}
