import type { ImportSourceType } from '@kraina/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/api-client.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import type { MessageKey } from '../locale/messages.js';

const sourceTypeLabels: Record<ImportSourceType, MessageKey> = {
  feed: 'dashboardImportFeed',
  icalendar: 'dashboardImportIcalendar',
  geojson: 'dashboardImportGeojson',
};

// Enough lines to say what went wrong; the rest of a run's errors are counted, not listed, on a dashboard.
const errorsShown = 3;

/** The latest `kraina import` runs that failed: what was read, when, how far it got, and its first errors. */
export function FailedImportsPanel() {
  const { t, locale } = useLocale();
  const runs = useQuery({ queryKey: ['import-runs', 'failed'], queryFn: () => api.listImportRuns({ query: { status: 'failed', limit: 5 } }) });
  return (
    <section className="panel" aria-labelledby="panel-failed-imports">
      <h2 id="panel-failed-imports">{t('dashboardFailedImports')}</h2>
      {runs.isPending && <p>{t('loading')}</p>}
      {runs.isError && <p role="alert">{t('requestFailed', { message: runs.error.message })}</p>}
      {runs.data?.items.length === 0 && <p>{t('nothingHere')}</p>}
      <ul className="panel__list">
        {runs.data?.items.map((run) => (
          <li key={run.id}>
            <strong>{t(sourceTypeLabels[run.sourceType])}</strong> <code>{run.source}</code> ·{' '}
            <time dateTime={run.startedAt}>{formatDateTime(run.startedAt, locale)}</time>
            <br />
            {t('dashboardImportCounts', { created: run.created, updated: run.updated, skipped: run.skipped, failed: run.failed })}
            {run.finishedAt === null && <> {t('dashboardImportUnfinished')}</>}
            {run.errors.length > 0 && (
              <ul>
                {run.errors.slice(0, errorsShown).map((error) => (
                  <li key={`${error.item}:${error.detail}`}>
                    {error.item}: {error.detail}
                  </li>
                ))}
                {run.errors.length > errorsShown && <li>{t('dashboardImportMoreErrors', { count: run.errors.length - errorsShown })}</li>}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
