import { type Event, isAppError } from '@kraina/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/api-client.js';
import { useSession } from '../api/session.js';
import { ItemWorkflowPanel } from '../editing/workflow-panel.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { formatTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { wordSchemaMessagesIn } from '../locale/schema-messages.js';
import { EventForm } from './event-form.js';

/** Creating an event or editing one: the form, and beside a saved one its workflow and links to its history and translations. */
export function EventEditorPage() {
  const { id } = useParams();
  const { t, locale } = useLocale();
  const session = useSession().data;
  const queryClient = useQueryClient();
  const [savedAt, setSavedAt] = useState<Date | undefined>();
  const [formDirty, setFormDirty] = useState(false);
  usePageTitle(t(id === undefined ? 'eventCreateHeading' : 'eventEditHeading'));
  useEffect(() => wordSchemaMessagesIn(locale), [locale]);
  const event = useQuery({
    queryKey: ['event', id],
    queryFn: () => api.getStaffEvent({ params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });

  if (!session) return null;
  if (id !== undefined && event.isPending) return <p role="status">{t('loading')}</p>;
  if (id !== undefined && event.isError) {
    const missing = isAppError(event.error) && (event.error.code === 'not-found' || event.error.code === 'invalid-input');
    return (
      <>
        <h1>{t(missing ? 'notFoundHeading' : 'eventEditHeading')}</h1>
        <p role="alert">{missing ? t('notFoundLead') : t('requestFailed', { message: event.error.message })}</p>
      </>
    );
  }

  function showSaved(saved: Event) {
    // A save answers the item without its author; that stays what the first read said, or is whoever created it here.
    queryClient.setQueryData(['event', saved.id], (before: Event | undefined) => ({ ...saved, authorId: before?.authorId ?? saved.authorId ?? session?.user.id ?? null }));
    void queryClient.invalidateQueries({ queryKey: ['events'] });
    setSavedAt(new Date());
  }

  const current = event.data;
  return (
    <>
      <h1>{t(current ? 'eventEditHeading' : 'eventCreateHeading')}</h1>
      {current && (
        <nav aria-label={t('eventOtherScreens')}>
          <ul className="inline-links">
            <li>
              <Link to={`/events/${current.id}/history`}>{t('eventHistory')}</Link>
            </li>
            <li>
              <Link to={`/events/${current.id}/translate`}>{t('eventTranslate')}</Link>
            </li>
          </ul>
        </nav>
      )}
      <p role="status" className="outcome">
        {savedAt ? t('saved', { time: formatTime(savedAt, locale) }) : ''}
      </p>
      <div className="editor-layout">
        <EventForm key={current ? `${current.id}:${current.version}` : 'new'} event={current} onSaved={showSaved} onDirtyChange={setFormDirty} />
        {current && (
          <ItemWorkflowPanel
            item={current}
            authorId={current.authorId ?? null}
            session={session}
            hasUnsavedChanges={formDirty}
            move={(request) => api.changeEventWorkflow({ params: { id: current.id }, body: request, ifMatch: current.version })}
            onMoved={showSaved}
            words={{ done: 'eventActionDone', nothingToDo: 'eventNoActions' }}
          />
        )}
      </div>
    </>
  );
}
