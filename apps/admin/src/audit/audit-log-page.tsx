import { AuditActionSchema } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/api-client.js';
import { RequirePermission } from '../layout/require-permission.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { auditActorText, auditDetailsText, auditTargetText } from './audit-entry-text.js';
import { auditActionLabels } from './audit-labels.js';
import { auditQueryFromUrl, auditQueryToUrl } from './audit-query-url.js';
import { AuditVerificationPanel } from './audit-verification-panel.js';

/** The append-only audit log, newest first: its chain's verification, then who did what when, filtered from the address. */
export function AuditLogPage() {
  return (
    <RequirePermission needs="audit:read">
      <AuditLog />
    </RequirePermission>
  );
}

function AuditLog() {
  const { t, locale } = useLocale();
  usePageTitle(t('auditHeading'));
  const [params, setParams] = useSearchParams();
  const query = auditQueryFromUrl(params);
  const entries = useQuery({ queryKey: ['audit', query], queryFn: () => api.listAuditEntries({ query }) });
  // Names for actors and accounts (the first hundred by name, the most one page holds; a newsroom has a few dozen). A
  // reader of the log without account access still gets the log, with short ids.
  const users = useQuery({ queryKey: ['users', 'names'], queryFn: () => api.listUsers({ query: { limit: 100 } }), retry: false });
  const names = new Map((users.data?.items ?? []).map((user) => [user.id, user.name]));

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = Object.fromEntries(['action', 'actorId', 'from', 'to'].map((field) => [field, typeof form.get(field) === 'string' ? (form.get(field) as string) : '']));
    setParams(auditQueryToUrl(auditQueryFromUrl(new URLSearchParams(next))));
  }

  const items = entries.data?.items ?? [];
  const nextPage = entries.data?.nextCursor ? auditQueryToUrl({ ...query, cursor: entries.data.nextCursor }) : undefined;

  return (
    <>
      <h1>{t('auditHeading')}</h1>
      <AuditVerificationPanel />
      <h2>{t('auditEntriesHeading')}</h2>
      <form className="filters" aria-label={t('filters')} onSubmit={applyFilters} key={params.toString()}>
        <label>
          {t('auditAction')}
          <select name="action" defaultValue={query.action ?? ''}>
            <option value="">{t('auditAnyAction')}</option>
            {AuditActionSchema.options.map((action) => (
              <option key={action} value={action}>
                {t(auditActionLabels[action])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('auditActor')}
          {users.isSuccess ? (
            <select name="actorId" defaultValue={query.actorId ?? ''}>
              <option value="">{t('auditAnyActor')}</option>
              {users.data.items.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name} ({user.email})
                </option>
              ))}
            </select>
          ) : (
            <input name="actorId" defaultValue={query.actorId ?? ''} />
          )}
        </label>
        <label>
          {t('auditFrom')}
          <input type="date" name="from" defaultValue={query.from ?? ''} />
        </label>
        <label>
          {t('auditTo')}
          <input type="date" name="to" defaultValue={query.to ?? ''} />
        </label>
        <button type="submit" className="button">
          {t('applyFilters')}
        </button>
      </form>
      {entries.isPending && <p>{t('loading')}</p>}
      {entries.isError && <p role="alert">{t('requestFailed', { message: entries.error.message })}</p>}
      {entries.isSuccess && items.length === 0 && <p>{t('auditNone')}</p>}
      {items.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('auditSeq')}</th>
              <th scope="col">{t('auditWhen')}</th>
              <th scope="col">{t('auditActor')}</th>
              <th scope="col">{t('auditAction')}</th>
              <th scope="col">{t('auditTarget')}</th>
              <th scope="col">{t('auditDetails')}</th>
              <th scope="col">{t('auditAddress')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry) => (
              <tr key={entry.seq}>
                <td>{entry.seq}</td>
                <td>
                  <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
                </td>
                <td>{auditActorText(entry, names, t)}</td>
                <td>{t(auditActionLabels[entry.action])}</td>
                <td>{auditTargetText(entry, names)}</td>
                <td>{auditDetailsText(entry.details, t)}</td>
                <td>{entry.address ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label={t('pages')}>
        {query.cursor !== undefined && <Link to={`?${auditQueryToUrl({ ...query, cursor: undefined }).toString()}`}>{t('firstPage')}</Link>}
        {nextPage && <Link to={`?${nextPage.toString()}`}>{t('nextPage')}</Link>}
      </nav>
    </>
  );
}
