import type { SessionInfo } from '@kraina/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { api } from '../api/api-client.js';
import { rememberCsrfToken } from '../api/csrf-token.js';
import { signInAddress } from '../api/return-address.js';
import { LanguageSwitch } from '../locale/language-switch.js';
import { useLocale } from '../locale/locale-context.js';
import type { MessageKey } from '../locale/messages.js';
import { navItemsFor } from './nav-items.js';

const roleLabels: Record<SessionInfo['user']['role'], MessageKey> = {
  admin: 'roleAdmin',
  editor: 'roleEditor',
  author: 'roleAuthor',
  translator: 'roleTranslator',
};

/** The frame of every signed-in screen: skip link, header with who is signed in, the navigation their role opens. */
export function AdminLayout({ session }: { session: SessionInfo }) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  async function signOut() {
    try {
      await api.signOut();
    } finally {
      // Signed out here whatever the API said: a session the API no longer knows is over anyway.
      rememberCsrfToken(undefined);
      queryClient.clear();
      queryClient.setQueryData(['session'], null);
      await navigate(signInAddress('/', 'signed-out'));
    }
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="admin-header">
        <p className="admin-brand">{t('appName')}</p>
        <div className="admin-account">
          <span>{t('signedInAs', { name: session.user.name, role: t(roleLabels[session.user.role]) })}</span>
          <Link to="/account">{t('navAccount')}</Link>
          <LanguageSwitch />
          <button type="button" className="button button--quiet" onClick={() => void signOut()}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <nav className="admin-nav" aria-label={t('mainNav')}>
        <ul>
          {navItemsFor(session.permissions).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'}>
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main className="admin-main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
