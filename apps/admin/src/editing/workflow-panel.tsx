import { type SessionInfo, type WorkflowAction, type WorkflowRequest, type WorkflowStatus, allowedActions, isAppError, workflowActorOf } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { principalOf } from '../api/principal.js';
import { actionLabels, statusLabels } from '../article/status-labels.js';
import { useLocale } from '../locale/locale-context.js';
import type { MessageKey } from '../locale/messages.js';

interface WorkflowPanelProps<Item extends { status: WorkflowStatus }> {
  item: Item;
  /** Who wrote the item, which core's rules ask (an author may submit their own); null when nobody is on record. */
  authorId: string | null;
  session: SessionInfo;
  /** Whether the form has changes not yet saved: moving an item on with them would publish the saved text, not these. */
  hasUnsavedChanges: boolean;
  /** Sends the move for this kind of item, with the version it was read at. */
  move: (request: WorkflowRequest) => Promise<Item>;
  onMoved: (item: Item) => void;
  /** The panel's sentences in the kind's own words ("the event is now…"); an article's by default. */
  words?: { done: MessageKey; nothingToDo: MessageKey };
}

/** The workflow moves this user may make on an article, event or place, from core's rules; the API's answer is shown either way. */
export function ItemWorkflowPanel<Item extends { status: WorkflowStatus }>({ item, authorId, session, hasUnsavedChanges, move, onMoved, words = { done: 'actionDone', nothingToDo: 'noActions' } }: WorkflowPanelProps<Item>) {
  const { t } = useLocale();
  const publishAtId = useId();
  const [publishAt, setPublishAt] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>();
  const actions = allowedActions(item.status, workflowActorOf(principalOf(session), authorId));

  const change = useMutation({
    mutationFn: (action: WorkflowAction) => move(action === 'schedule' ? { action, publishAt: new Date(publishAt).toISOString() } : { action }),
    onSuccess: (moved) => {
      setOutcome({ ok: true, text: t(words.done, { status: t(statusLabels[moved.status]) }) });
      onMoved(moved);
    },
    onError: (error) => {
      // The API's own words, with each field it names (an image without alt text, a skipped heading level).
      const message = isAppError(error) ? [error.message, ...error.issues.map((issue) => issue.detail)].join(' ') : String(error);
      setOutcome({ ok: false, text: t('actionRefused', { message }) });
    },
  });

  return (
    <section className="panel workflow" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t('workflow')}</h2>
      <p>
        {t('status')}: <strong>{t(statusLabels[item.status])}</strong>
      </p>
      {actions.length === 0 && <p>{t(words.nothingToDo)}</p>}
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
            disabled={change.isPending || hasUnsavedChanges || (action === 'schedule' && publishAt === '')}
            onClick={() => change.mutate(action)}
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
