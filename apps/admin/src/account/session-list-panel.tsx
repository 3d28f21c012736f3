import type { StaffSession } from '@kraina/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/api-client.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { deviceOf } from './account-display.js';

/** The query key of one's own sessions; a password change ends the others, so it refreshes this too. */
export const mySessionsKey = ['my-sessions'] as const;

/** Where one is signed in: each session's device and times, this one marked, and a way to end any other. */
export function SessionListPanel() {
  const { t, locale } = useLocale();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState('');
  const sessions = useQuery({ queryKey: mySessionsKey, queryFn: async () => (await api.listMySessions()).items });
  const others = (sessions.data ?? []).filter((session) => !session.current);

  const revoke = useMutation({
    mutationFn: async (ending: readonly StaffSession[]) => {
      const results = await Promise.allSettled(ending.map((session) => api.revokeMySession({ params: { id: session.id } })));
      const failed = results.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
      return ending.length;
    },
    onSuccess: (count) => setOutcome(t('accountSessionsEnded', { count })),
    onError: (error) => setOutcome(t('requestFailed', { message: error.message })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: mySessionsKey }),
  });

  const device = (session: StaffSession) => deviceOf(session.userAgent) ?? t('accountUnknownDevice');
  return (
    <section className="panel" aria-labelledby="account-sessions-heading">
      <h2 id="account-sessions-heading">{t('accountSessionsHeading')}</h2>
      {sessions.isPending && <p>{t('loading')}</p>}
      {sessions.isError && <p role="alert">{t('requestFailed', { message: sessions.error.message })}</p>}
      {sessions.isSuccess && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('accountDevice')}</th>
              <th scope="col">{t('accountSignedInAt')}</th>
              <th scope="col">{t('accountLastSeen')}</th>
              <th scope="col">{t('accountSessionAction')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.map((session) => (
              <tr key={session.id}>
                <td title={session.userAgent ?? undefined}>{device(session)}</td>
                <td>
                  <time dateTime={session.createdAt}>{formatDateTime(session.createdAt, locale)}</time>
                </td>
                <td>
                  <time dateTime={session.lastSeenAt}>{formatDateTime(session.lastSeenAt, locale)}</time>
                </td>
                <td>
                  {session.current ? (
                    <strong>{t('accountThisSession')}</strong>
                  ) : (
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={revoke.isPending}
                      aria-label={t('accountSignOutSession', { device: device(session), time: formatDateTime(session.createdAt, locale) })}
                      onClick={() => revoke.mutate([session])}
                    >
                      {t('accountSignOutOne')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {others.length > 0 && (
        <p>
          <button type="button" className="button" disabled={revoke.isPending} onClick={() => revoke.mutate(others)}>
            {t('accountSignOutOthers')}
          </button>
        </p>
      )}
      <p role="status" className="outcome">
        {outcome}
      </p>
    </section>
  );
}
