import type { ApiToken, CreatedApiToken } from '@kraina/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/api-client.js';
import { ConfirmDialog } from '../layout/confirm-dialog.js';
import { RequirePermission } from '../layout/require-permission.js';
import { ShownOnce } from '../layout/shown-once.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { TokenCreateForm } from './token-create-form.js';

/** The API tokens other systems use: each with its scopes and use, a new one's secret shown once, revoked on request. */
export function TokenListPage() {
  return (
    <RequirePermission needs="tokens:manage">
      <TokenList />
    </RequirePermission>
  );
}

function TokenList() {
  const { t, locale } = useLocale();
  usePageTitle(t('tokenListHeading'));
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: ['api-tokens'], queryFn: () => api.listApiTokens() });
  // Held in memory only: the secret is gone for good once this screen is left or dismissed, as the API intends.
  const [created, setCreated] = useState<CreatedApiToken | undefined>();
  const [revoking, setRevoking] = useState<ApiToken | undefined>();
  const [outcome, setOutcome] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['api-tokens'] });

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => api.revokeApiToken({ params: { id: token.id } }),
    onSuccess: async (_, token) => {
      setRevoking(undefined);
      setOutcome(t('tokenRevoked', { name: token.name }));
      await refresh();
    },
    onError: (error) => {
      setRevoking(undefined);
      setOutcome(t('requestFailed', { message: error.message }));
    },
  });

  const when = (instant: string | null, none: string) => (instant === null ? none : <time dateTime={instant}>{formatDateTime(instant, locale)}</time>);
  const items = tokens.data?.items ?? [];

  return (
    <>
      <h1>{t('tokenListHeading')}</h1>
      <p>{t('tokenLead')}</p>
      {created && (
        <ShownOnce
          heading={t('tokenSecretHeading', { name: created.name })}
          warning={t('tokenSecretWarning')}
          label={t('tokenSecret')}
          value={created.secret}
          copyLabel={t('tokenCopy')}
          copiedLabel={t('tokenCopied')}
          copyFailedLabel={t('tokenCopyFailed')}
          dismissLabel={t('tokenSecretDone')}
          onDismiss={() => setCreated(undefined)}
        />
      )}
      <section className="panel" aria-labelledby="token-create-heading">
        <h2 id="token-create-heading">{t('tokenCreateHeading')}</h2>
        <TokenCreateForm
          onCreated={(token) => {
            setCreated(token);
            void refresh();
          }}
        />
      </section>

      <h2>{t('tokenAllHeading')}</h2>
      <p role="status" className="outcome">
        {outcome}
      </p>
      {tokens.isPending && <p>{t('loading')}</p>}
      {tokens.isError && <p role="alert">{t('requestFailed', { message: tokens.error.message })}</p>}
      {tokens.isSuccess && items.length === 0 && <p>{t('tokenNone')}</p>}
      {items.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('tokenName')}</th>
              <th scope="col">{t('tokenScopes')}</th>
              <th scope="col">{t('tokenCreatedAt')}</th>
              <th scope="col">{t('tokenLastUsed')}</th>
              <th scope="col">{t('tokenExpires')}</th>
              <th scope="col">{t('tokenState')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{token.scopes.join(', ')}</td>
                <td>{when(token.createdAt, '')}</td>
                <td>{when(token.lastUsedAt, t('tokenNeverUsed'))}</td>
                <td>{when(token.expiresAt, t('tokenNoExpiry'))}</td>
                <td>
                  {token.revokedAt !== null ? (
                    <>
                      {t('tokenRevokedAt')} {when(token.revokedAt, '')}
                    </>
                  ) : (
                    <>
                      {token.expiresAt !== null && Date.parse(token.expiresAt) <= Date.now() && <span>{t('tokenExpired')} </span>}
                      <button type="button" className="button button--quiet" aria-label={t('tokenRevokeOf', { name: token.name })} onClick={() => setRevoking(token)}>
                        {t('tokenRevoke')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={revoking !== undefined}
        title={t('tokenRevokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokenRevoke')}
        cancelLabel={t('tokenCancel')}
        busy={revoke.isPending}
        onCancel={() => setRevoking(undefined)}
        onConfirm={() => revoking && revoke.mutate(revoking)}
      >
        <p>{t('tokenRevokeQuestion')}</p>
      </ConfirmDialog>
    </>
  );
}
