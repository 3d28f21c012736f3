import { type IssuedPasswordReset, type User, isAppError } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/api-client.js';
import { ConfirmDialog } from '../layout/confirm-dialog.js';
import { ShownOnce } from '../layout/shown-once.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';

/** Issues a one-time password reset for an account and shows its token this once, to hand to the account's owner. */
export function PasswordResetPanel({ user }: { user: User }) {
  const { t, locale } = useLocale();
  const [asking, setAsking] = useState(false);
  // Held in memory only: the API answers the token this once, so leaving the screen forgets it for good.
  const [issued, setIssued] = useState<IssuedPasswordReset | undefined>();
  const issue = useMutation({
    mutationFn: () => api.issuePasswordReset({ params: { id: user.id } }),
    onSuccess: (reset) => {
      setAsking(false);
      setIssued(reset);
    },
    onError: () => setAsking(false),
  });

  return (
    <section className="panel" aria-labelledby={`reset-${user.id}`}>
      <h3 id={`reset-${user.id}`}>{t('userResetHeading')}</h3>
      <p>{t('userResetLead')}</p>
      <button type="button" className="button button--quiet" onClick={() => setAsking(true)}>
        {t('userResetIssue')}
      </button>
      {issue.isError && <p role="alert">{t('requestFailed', { message: isAppError(issue.error) ? issue.error.message : String(issue.error) })}</p>}
      {issued && (
        <ShownOnce
          heading={t('userResetIssuedHeading', { name: user.name })}
          warning={t('userResetWarning', { expires: formatDateTime(issued.expiresAt, locale) })}
          label={t('userResetToken')}
          value={issued.token}
          copyLabel={t('userResetCopy')}
          copiedLabel={t('userResetCopied')}
          copyFailedLabel={t('userResetCopyFailed')}
          dismissLabel={t('userResetDone')}
          onDismiss={() => setIssued(undefined)}
        />
      )}
      <ConfirmDialog
        open={asking}
        title={t('userResetConfirmTitle', { name: user.name })}
        confirmLabel={t('userResetIssue')}
        cancelLabel={t('userCancel')}
        busy={issue.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() => issue.mutate()}
      >
        <p>{t('userResetConfirmQuestion')}</p>
      </ConfirmDialog>
    </section>
  );
}
