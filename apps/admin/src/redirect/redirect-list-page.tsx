import type { Redirect } from '@kraina/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/api-client.js';
import { ConfirmDialog } from '../layout/confirm-dialog.js';
import { RequirePermission } from '../layout/require-permission.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { RedirectForm } from './redirect-form.js';
import { redirectQueryFromUrl, redirectQueryToUrl } from './redirect-list-url.js';

/** Old addresses of the public site and where they now lead: searched and paged from the address, edited in place. */
export function RedirectListPage() {
  return (
    <RequirePermission needs="site:manage">
      <RedirectList />
    </RequirePermission>
  );
}

function RedirectList() {
  const { t, locale } = useLocale();
  usePageTitle(t('redirectListHeading'));
  const [params, setParams] = useSearchParams();
  const query = redirectQueryFromUrl(params);
  const queryClient = useQueryClient();
  const redirects = useQuery({ queryKey: ['redirects', query], queryFn: () => api.listRedirects({ query }) });
  const [editing, setEditing] = useState<Redirect | undefined>();
  const [deleting, setDeleting] = useState<Redirect | undefined>();
  const [outcome, setOutcome] = useState('');

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['redirects'] });
  const remove = useMutation({
    mutationFn: (redirect: Redirect) => api.deleteRedirect({ params: { id: redirect.id } }),
    onSuccess: async (_, redirect) => {
      setDeleting(undefined);
      setOutcome(t('redirectDeleted', { from: redirect.from }));
      await refresh();
    },
    onError: (error) => {
      setDeleting(undefined);
      setOutcome(t('requestFailed', { message: error.message }));
    },
  });

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    setParams(redirectQueryToUrl(redirectQueryFromUrl(new URLSearchParams({ q: typeof q === 'string' ? q : '' }))));
  }

  const items = redirects.data?.items ?? [];
  const nextPage = redirects.data?.nextCursor ? redirectQueryToUrl({ ...query, cursor: redirects.data.nextCursor }) : undefined;

  return (
    <>
      <h1>{t('redirectListHeading')}</h1>
      <p>{t('redirectLead')}</p>
      <section className="panel" aria-labelledby="redirect-create-heading">
        <h2 id="redirect-create-heading">{t('redirectCreateHeading')}</h2>
        <RedirectForm
          onSaved={(saved) => {
            setOutcome(t('redirectCreated', { from: saved.from, to: saved.to }));
            void refresh();
          }}
        />
      </section>
      {editing && (
        <section className="panel" aria-labelledby="redirect-edit-heading">
          <h2 id="redirect-edit-heading">{t('redirectEditHeading', { from: editing.from })}</h2>
          <RedirectForm
            key={`${editing.id}-${editing.version}`}
            redirect={editing}
            onCancel={() => setEditing(undefined)}
            onSaved={(saved) => {
              setEditing(undefined);
              setOutcome(t('redirectSaved', { from: saved.from, to: saved.to }));
              void refresh();
            }}
          />
        </section>
      )}

      <h2>{t('redirectAllHeading')}</h2>
      <form className="filters" role="search" aria-label={t('redirectSearch')} onSubmit={search} key={params.toString()}>
        <label>
          {t('redirectSearch')}
          <input type="search" name="q" defaultValue={query.q ?? ''} />
        </label>
        <button type="submit" className="button">
          {t('applyFilters')}
        </button>
      </form>
      <p role="status" className="outcome">
        {outcome}
      </p>
      {redirects.isPending && <p>{t('loading')}</p>}
      {redirects.isError && <p role="alert">{t('requestFailed', { message: redirects.error.message })}</p>}
      {redirects.isSuccess && items.length === 0 && <p>{t('redirectNone')}</p>}
      {items.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('redirectFrom')}</th>
              <th scope="col">{t('redirectTo')}</th>
              <th scope="col">{t('redirectCreatedAt')}</th>
              <th scope="col">{t('redirectActions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((redirect) => (
              <tr key={redirect.id}>
                <td>
                  <code>{redirect.from}</code>
                </td>
                <td>
                  <code>{redirect.to}</code>
                </td>
                <td>
                  <time dateTime={redirect.createdAt}>{formatDateTime(redirect.createdAt, locale)}</time>
                </td>
                <td className="form-actions">
                  <button type="button" className="button button--quiet" aria-label={t('redirectEditOf', { from: redirect.from })} onClick={() => setEditing(redirect)}>
                    {t('redirectEdit')}
                  </button>
                  <button type="button" className="button button--quiet" aria-label={t('redirectDeleteOf', { from: redirect.from })} onClick={() => setDeleting(redirect)}>
                    {t('redirectDelete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label={t('pages')}>
        {query.cursor !== undefined && <Link to={`?${redirectQueryToUrl({ ...query, cursor: undefined }).toString()}`}>{t('firstPage')}</Link>}
        {nextPage && <Link to={`?${nextPage.toString()}`}>{t('nextPage')}</Link>}
      </nav>
      <ConfirmDialog
        open={deleting !== undefined}
        title={t('redirectDeleteTitle')}
        confirmLabel={t('redirectDelete')}
        cancelLabel={t('redirectCancel')}
        busy={remove.isPending}
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        <p>{deleting && t('redirectDeleteQuestion', { from: deleting.from, to: deleting.to })}</p>
      </ConfirmDialog>
    </>
  );
}
