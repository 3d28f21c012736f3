import { type SiteAlert, resolveLocalized } from '@kraina/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/api-client.js';
import { ConfirmDialog } from '../layout/confirm-dialog.js';
import { RequirePermission } from '../layout/require-permission.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { AlertForm } from './alert-form.js';
import { alertLevelLabels, alertStateLabels } from './alert-labels.js';
import { alertStateOf } from './alert-state.js';

/** The site-wide banners, past, present and scheduled: each with its state, changed or removed here. */
export function AlertListPage() {
  return (
    <RequirePermission needs="site:manage">
      <AlertList />
    </RequirePermission>
  );
}

function AlertList() {
  const { t, locale } = useLocale();
  usePageTitle(t('alertListHeading'));
  const queryClient = useQueryClient();
  const alerts = useQuery({ queryKey: ['site-alerts'], queryFn: () => api.listSiteAlerts() });
  const [editing, setEditing] = useState<SiteAlert | undefined>();
  const [deleting, setDeleting] = useState<SiteAlert | undefined>();
  const [outcome, setOutcome] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['site-alerts'] });

  const remove = useMutation({
    mutationFn: (alert: SiteAlert) => api.deleteSiteAlert({ params: { id: alert.id } }),
    onSuccess: async () => {
      setDeleting(undefined);
      setOutcome(t('alertDeleted'));
      await refresh();
    },
    onError: (error) => {
      setDeleting(undefined);
      setOutcome(t('requestFailed', { message: error.message }));
    },
  });

  const textOf = (alert: SiteAlert) => resolveLocalized(alert.message, locale);
  const when = (instant: string | null, none: string) => (instant === null ? none : <time dateTime={instant}>{formatDateTime(instant, locale)}</time>);
  const now = new Date();
  const items = alerts.data?.items ?? [];

  return (
    <>
      <h1>{t('alertListHeading')}</h1>
      <p>{t('alertLead')}</p>
      <section className="panel" aria-labelledby="alert-create-heading">
        <h2 id="alert-create-heading">{t('alertCreateHeading')}</h2>
        <AlertForm
          onSaved={() => {
            setOutcome(t('alertCreated'));
            void refresh();
          }}
        />
      </section>
      {editing && (
        <section className="panel" aria-labelledby="alert-edit-heading">
          <h2 id="alert-edit-heading">{t('alertEditHeading')}</h2>
          <AlertForm
            key={`${editing.id}-${editing.version}`}
            alert={editing}
            onCancel={() => setEditing(undefined)}
            onSaved={() => {
              setEditing(undefined);
              setOutcome(t('alertSaved'));
              void refresh();
            }}
          />
        </section>
      )}

      <h2>{t('alertAllHeading')}</h2>
      <p role="status" className="outcome">
        {outcome}
      </p>
      {alerts.isPending && <p>{t('loading')}</p>}
      {alerts.isError && <p role="alert">{t('requestFailed', { message: alerts.error.message })}</p>}
      {alerts.isSuccess && items.length === 0 && <p>{t('alertNone')}</p>}
      {items.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('alertMessage')}</th>
              <th scope="col">{t('alertLevel')}</th>
              <th scope="col">{t('alertState')}</th>
              <th scope="col">{t('alertStarts')}</th>
              <th scope="col">{t('alertEnds')}</th>
              <th scope="col">{t('alertActions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((alert) => {
              const text = textOf(alert);
              const label = text?.value ?? '';
              return (
                <tr key={alert.id}>
                  <th scope="row" lang={text?.locale}>
                    {label}
                  </th>
                  <td>{t(alertLevelLabels[alert.level])}</td>
                  <td>{t(alertStateLabels[alertStateOf(alert, now)])}</td>
                  <td>{when(alert.startsAt, '')}</td>
                  <td>{when(alert.endsAt, t('alertNoEnd'))}</td>
                  <td className="form-actions">
                    <button type="button" className="button button--quiet" aria-label={t('alertEditOf', { text: label })} onClick={() => setEditing(alert)}>
                      {t('alertEdit')}
                    </button>
                    <button type="button" className="button button--quiet" aria-label={t('alertDeleteOf', { text: label })} onClick={() => setDeleting(alert)}>
                      {t('alertDelete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={deleting !== undefined}
        title={t('alertDeleteTitle')}
        confirmLabel={t('alertDelete')}
        cancelLabel={t('alertCancel')}
        busy={remove.isPending}
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        <p>{deleting && t('alertDeleteQuestion', { text: textOf(deleting)?.value ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
