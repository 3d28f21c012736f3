import { useSession } from '../api/session.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { useLocale } from '../locale/locale-context.js';
import { PasswordPanel } from './password-panel.js';
import { SessionListPanel } from './session-list-panel.js';
import { TwoFactorPanel } from './two-factor-panel.js';
import './account.css';

/** The signed-in member of staff's own account: two-factor sign-in, where they are signed in, their password. */
export function AccountPage() {
  const { t } = useLocale();
  usePageTitle(t('accountHeading'));
  const session = useSession().data;
  if (!session) return null;
  return (
    <>
      <h1>{t('accountHeading')}</h1>
      <p>{t('accountWho', { name: session.user.name, email: session.user.email })}</p>
      <div className="account-panels">
        <TwoFactorPanel session={session} />
        <SessionListPanel />
        <PasswordPanel />
      </div>
    </>
  );
}
