import { useQuery } from '@tanstack/react-query';
import { api } from '../api/api-client.js';
import { useLocale } from '../locale/locale-context.js';

/** Whether the log's chain of hashes holds, first on the screen: a broken chain means entries were changed or removed. */
export function AuditVerificationPanel() {
  const { t } = useLocale();
  const verification = useQuery({ queryKey: ['audit-verification'], queryFn: () => api.verifyAuditLog() });
  const result = verification.data;
  return (
    <section className={`panel audit-verification${result && !result.ok ? ' audit-verification--broken' : ''}`} aria-labelledby="audit-verification-heading">
      <h2 id="audit-verification-heading">{t('auditVerificationHeading')}</h2>
      {verification.isPending && <p role="status">{t('auditVerifying')}</p>}
      {verification.isError && <p role="alert">{t('requestFailed', { message: verification.error.message })}</p>}
      {result?.ok === true && (
        <p role="status">
          <strong>{t('auditIntact')}</strong> {t('auditIntactDetail', { count: result.entries })}
        </p>
      )}
      {result?.ok === false && (
        <p role="alert">
          <strong>{t('auditBroken', { seq: result.brokenAt ?? 0 })}</strong> {result.reason ?? ''}
        </p>
      )}
      <button type="button" className="button button--quiet" disabled={verification.isFetching} onClick={() => void verification.refetch()}>
        {t('auditVerifyAgain')}
      </button>
    </section>
  );
}
