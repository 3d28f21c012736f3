import { Link } from 'react-router';
import { api } from '../api/api-client.js';
import { useItemEditor } from '../editing/use-item-editor.js';
import { ItemWorkflowPanel } from '../editing/workflow-panel.js';
import { useLocale } from '../locale/locale-context.js';
import { EventForm } from './event-form.js';

/** Creating an event or editing one: the form, and beside a saved one its workflow and links to its history and translations. */
export function EventEditorPage() {
  const { t } = useLocale();
  const editor = useItemEditor({
    itemKey: 'event',
    listKey: 'events',
    read: (id) => api.getStaffEvent({ params: { id } }),
    headings: { create: 'eventCreateHeading', edit: 'eventEditHeading' },
  });
  const { current, session } = editor;
  if (editor.instead !== undefined || !session) return editor.instead;

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
      {editor.savedNotice}
      <div className="editor-layout">
        <EventForm key={editor.formKey} event={current} onSaved={editor.showSaved} onAutosaved={editor.keep} onDirtyChange={editor.setFormDirty} />
        {current && (
          <ItemWorkflowPanel
            item={current}
            authorId={current.authorId ?? null}
            session={session}
            hasUnsavedChanges={editor.formDirty}
            move={(request) => api.changeEventWorkflow({ params: { id: current.id }, body: request, ifMatch: current.version })}
            onMoved={editor.showSaved}
            words={{ done: 'eventActionDone', nothingToDo: 'eventNoActions' }}
          />
        )}
      </div>
    </>
  );
}
