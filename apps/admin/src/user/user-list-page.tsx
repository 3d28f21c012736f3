import { UserRoleSchema } from '@kraina/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/api-client.js';
import { RequirePermission } from '../layout/require-permission.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { useLocale } from '../locale/locale-context.js';
import { roleLabels } from './role-labels.js';
import { SecuritySettingsPanel } from './security-settings-panel.js';
import { UserCreateForm } from './user-create-form.js';
import { UserEditPanel } from './user-edit-panel.js';
import { type UserListState, userListFromUrl, userListToUrl, usersShown } from './user-list-url.js';

/** The staff accounts and the portal's sign-in rules: accounts found by role or name, created, changed and reset here. */
export function UserListPage() {
  return (
    <RequirePermission needs="users:manage">
      <UserList />
    </RequirePermission>
  );
}

function UserList() {
  const { t } = useLocale();
  usePageTitle(t('userListHeading'));
  const [params, setParams] = useSearchParams();
  const state = userListFromUrl(params);
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: () => api.listUsers() });
  const [outcome, setOutcome] = useState('');
  const shown = usersShown(users.data?.items ?? [], state);
  const address = (next: UserListState) => `?${userListToUrl(next).toString()}`;

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');
    setParams(userListToUrl(userListFromUrl(new URLSearchParams({ role: field('role'), q: field('q') }))));
  }

  return (
    <>
      <h1>{t('userListHeading')}</h1>
      <SecuritySettingsPanel />
      <section className="panel" aria-labelledby="user-create-heading">
        <h2 id="user-create-heading">{t('userCreateHeading')}</h2>
        <UserCreateForm
          onCreated={(user) => {
            setOutcome(t('userCreated', { name: user.name }));
            void queryClient.invalidateQueries({ queryKey: ['users'], exact: true });
          }}
        />
      </section>
      {state.user && <UserEditPanel key={state.user} id={state.user} onClose={() => setParams(userListToUrl({ ...state, user: undefined }))} />}

      <h2>{t('userAllHeading')}</h2>
      <form className="filters" aria-label={t('filters')} onSubmit={applyFilters} key={`${state.role ?? ''}|${state.q ?? ''}`}>
        <label>
          {t('userSearch')}
          <input type="search" name="q" defaultValue={state.q ?? ''} />
        </label>
        <label>
          {t('userRole')}
          <select name="role" defaultValue={state.role ?? ''}>
            <option value="">{t('userAnyRole')}</option>
            {UserRoleSchema.options.map((role) => (
              <option key={role} value={role}>
                {t(roleLabels[role])}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t('applyFilters')}
        </button>
      </form>
      <p role="status" className="outcome">
        {outcome}
      </p>
      {users.isPending && <p>{t('loading')}</p>}
      {users.isError && <p role="alert">{t('requestFailed', { message: users.error.message })}</p>}
      {users.isSuccess && shown.items.length === 0 && <p>{t('userNone')}</p>}
      {shown.items.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('userName')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('userRole')}</th>
              <th scope="col">{t('userLocales')}</th>
              <th scope="col">{t('userTwoFactor')}</th>
              <th scope="col">{t('userState')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.items.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  <Link to={address({ ...state, user: user.id })} aria-current={state.user === user.id ? 'true' : undefined}>
                    {user.name}
                  </Link>
                </th>
                <td>{user.email}</td>
                <td>{t(roleLabels[user.role])}</td>
                <td>{user.locales.join(', ')}</td>
                <td>{user.twoFactorEnabled ? t('userTwoFactorOn') : t('userTwoFactorOff')}</td>
                <td>{user.disabled ? t('userStateDisabled') : t('userStateActive')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label={t('pages')}>
        {state.page > 1 && <Link to={address({ ...state, page: state.page - 1, user: undefined })}>{t('userPreviousPage')}</Link>}
        {shown.pages > 1 && <span>{t('userPageOf', { page: Math.min(state.page, shown.pages), pages: shown.pages })}</span>}
        {state.page < shown.pages && <Link to={address({ ...state, page: state.page + 1, user: undefined })}>{t('nextPage')}</Link>}
      </nav>
    </>
  );
}
