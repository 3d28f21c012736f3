import { type Article, type SessionInfo, type WorkflowAction, allowedActions, isAppError, workflowActorOf } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/api-client.js';
import { principalOf } from '../api/principal.js';
import { useLocale } from '../locale/locale-context.js';
import { actionLabels, statusLabels } from './status-labels.js';

interface WorkflowPanelProps {
  article: Article;
  session: SessionInfo;
  /** Whether the form has changes not yet saved: moving an item on with them would publish the saved text, not these. */
  hasUnsavedChanges: boolean;
  onMoved: (article: Article) => void;
}

/** The workflow moves this user may make on this article, from core's rules; the API's answer is shown either way. */
export function WorkflowPanel({ article, session, hasUnsavedChanges, onMoved }: WorkflowPanelProps) {
  const { t } = useLocale();
  const publishAtId = useId();
  const [publishAt, setPublishAt] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>();
  const actions = allowedActions(article.status, workflowActorOf(principalOf(session), article.authorId));

  const move = useMutation({
    mutationFn: (action: WorkflowAction) =>
      api.changeArticleWorkflow({
        params: { id: article.id },
        body: action === 'schedule' ? { action, publishAt: new Date(publishAt).toISOString() } : { action },
        ifMatch: article.version,
      }),
    onSuccess: (moved) => {
      setOutcome({ ok: true, text: t('actionDone', { status: t(statusLabels[moved.status]) }) });
      onMoved(moved);
    },
    onError: (error) => {
      // The API's own words, with each field it names (a lead image without alt text, a skipped heading level).
      const message = isAppError(error) ? [error.message, ...error.issues.map((issue) => issue.detail)].join(' ') : String(error);
      setOutcome({ ok: false, text: t('actionRefused', { message }) });
    },
  });

  return (
    <section className="panel workflow" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t('workflow')}</h2>
      <p>
        {t('status')}: <strong>{t(statusLabels[article.status])}</strong>
      </p>
      {actions.length === 0 && <p>{t('noActions')}</p>}
      {actions.includes('schedule') && (
        <p>
          <label htmlFor={publishAtId}>{t('actionSchedule')}</label>{' '}
          <input id={publishAtId} type="datetime-local" value={publishAt} onChange={(event) => setPublishAt(event.target.value)} />
        </p>
      )}
      <div className="workflow__actions">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className="button"
            disabled={move.isPending || hasUnsavedChanges || (action === 'schedule' && publishAt === '')}
            onClick={() => move.mutate(action)}
          >
            {t(actionLabels[action])}
          </button>
        ))}
      </div>
      <p role="status" className="outcome">
        {outcome?.ok === true ? outcome.text : ''}
      </p>
      <p role="alert" className="outcome outcome--refused">
        {outcome?.ok === false ? outcome.text : ''}
      </p>
    </section>
  );
}
