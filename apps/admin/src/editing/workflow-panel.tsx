import { type SessionInfo, type WorkflowAction, type WorkflowRequest, type WorkflowStatus, allowedActions, isAppError, workflowActorOf } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { principalOf } from '../api/principal.js';
import { actionLabels, statusLabels } from '../article/status-labels.js';
import { formatDateTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import type { MessageKey } from '../locale/messages.js';

/** What the panel reads of an article, event or place: its state, its locales' states, and its take-down time. */
interface Movable {
  status: WorkflowStatus;
  translations: Partial<Record<string, { status: WorkflowStatus }>>;
  unpublishAt?: string | null | undefined;
}

// The locales a live item is published in: publishing again in exactly these changes no text's state.
const liveLocales = (item: Movable) => Object.entries(item.translations).flatMap(([locale, text]) => (text?.status === 'published' ? [locale] : []));
const toInstant = (local: string) => new Date(local).toISOString(); // a datetime-local value is in the browser's zone

interface WorkflowPanelProps<Item extends Movable> {
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

/**
 * The workflow moves this user may make on an article, event or place, from core's rules; the API's answer is shown
 * either way. A publication may carry a take-down time, set with it or later on the live item, and cancelled.
 */
export function ItemWorkflowPanel<Item extends Movable>({ item, authorId, session, hasUnsavedChanges, move, onMoved, words = { done: 'actionDone', nothingToDo: 'noActions' } }: WorkflowPanelProps<Item>) {
  const { t, locale } = useLocale();
  const publishAtId = useId();
  const unpublishAtId = useId();
  const [publishAt, setPublishAt] = useState('');
  const [unpublishAt, setUnpublishAt] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>();
  const actions = allowedActions(item.status, workflowActorOf(principalOf(session), authorId));
  const isLive = item.status === 'published';
  // Only those who may publish set a take-down; on a live item it is set or cancelled by publishing it again as it is.
  const mayTakeDown = actions.includes('publish');

  const requestFor = (action: WorkflowAction | 'set-take-down' | 'keep-up'): WorkflowRequest => {
    if (action === 'set-take-down') return { action: 'publish', locales: liveLocales(item), unpublishAt: toInstant(unpublishAt) };
    if (action === 'keep-up') return { action: 'publish', locales: liveLocales(item), unpublishAt: null };
    const takeDown = !isLive && (action === 'publish' || action === 'schedule') && unpublishAt !== '' ? { unpublishAt: toInstant(unpublishAt) } : {};
    return action === 'schedule' ? { action, publishAt: toInstant(publishAt), ...takeDown } : { action, ...takeDown };
  };

  const change = useMutation({
    mutationFn: (action: WorkflowAction | 'set-take-down' | 'keep-up') => move(requestFor(action)),
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
      {item.unpublishAt != null && (
        <p>
          {t('takeDownSet', { time: formatDateTime(item.unpublishAt, locale) })}{' '}
          {isLive && mayTakeDown && (
            <button type="button" className="button" disabled={change.isPending || hasUnsavedChanges} onClick={() => change.mutate('keep-up')}>
              {t('actionKeepUp')}
            </button>
          )}
        </p>
      )}
      {actions.includes('schedule') && (
        <p>
          <label htmlFor={publishAtId}>{t('actionSchedule')}</label>{' '}
          <input id={publishAtId} type="datetime-local" value={publishAt} onChange={(event) => setPublishAt(event.target.value)} />
        </p>
      )}
      {mayTakeDown && (
        <p>
          <label htmlFor={unpublishAtId}>{t('takeDownAt')}</label>{' '}
          <input id={unpublishAtId} type="datetime-local" value={unpublishAt} onChange={(event) => setUnpublishAt(event.target.value)} />{' '}
          {isLive && (
            <button type="button" className="button" disabled={change.isPending || hasUnsavedChanges || unpublishAt === ''} onClick={() => change.mutate('set-take-down')}>
              {t('actionSetTakeDown')}
            </button>
          )}
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
