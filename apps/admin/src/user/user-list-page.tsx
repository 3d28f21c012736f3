import { UserRoleSchema } from '@kraina/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/api-client.js';
import { RequirePermission } from '../layout/require-permission.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { ListPager } from '../list/list-pager.js';
import { useLocale } from '../locale/locale-context.js';
import { roleLabels } from './role-labels.js';
import { SecuritySettingsPanel } from './security-settings-panel.js';
import { UserCreateForm } from './user-create-form.js';
import { UserEditPanel } from './user-edit-panel.js';
import { type UserListState, userListFromUrl, userListToUrl } from './user-list-url.js';

/**
 * The staff accounts and the portal's sign-in rules: accounts found by role, name or state (the API filters and
 * pages them, however many there are), created, changed and reset here.
 */
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
  const { query } = state;
  const users = useQuery({ queryKey: ['users', 'list', query], queryFn: () => api.listUsers({ query }) });
  const [outcome, setOutcome] = useState('');
  const items = users.data?.items ?? [];
  const address = (next: UserListState) => `?${userListToUrl(next).toString()}`;
  const nextCursor = users.data?.nextCursor;

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');
    setParams(userListToUrl(userListFromUrl(new URLSearchParams({ role: field('role'), q: field('q'), disabled: field('disabled') }))));
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
            void queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
          }}
        />
      </section>
      {state.user && <UserEditPanel key={state.user} id={state.user} onClose={() => setParams(userListToUrl({ ...state, user: undefined }))} />}

      <h2>{t('userAllHeading')}</h2>
      <form className="filters" aria-label={t('filters')} onSubmit={applyFilters} key={params.toString()}>
        <label>
          {t('userSearch')}
          <input type="search" name="q" defaultValue={query.q ?? ''} />
        </label>
        <label>
          {t('userRole')}
          <select name="role" defaultValue={query.role ?? ''}>
            <option value="">{t('userAnyRole')}</option>
            {UserRoleSchema.options.map((role) => (
              <option key={role} value={role}>
                {t(roleLabels[role])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('userState')}
          <select name="disabled" defaultValue={query.disabled ?? ''}>
            <option value="">{t('userAnyState')}</option>
            <option value="false">{t('userStateActive')}</option>
            <option value="true">{t('userStateDisabled')}</option>
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
      {users.isSuccess && items.length === 0 && <p>{t('userNone')}</p>}
      {items.length > 0 && (
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
            {items.map((user) => (
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
      <ListPager
        firstPage={query.cursor === undefined ? undefined : userListToUrl({ query: { ...query, cursor: undefined } })}
        nextPage={nextCursor ? userListToUrl({ query: { ...query, cursor: nextCursor } }) : undefined}
      />
    </>
  );
}
