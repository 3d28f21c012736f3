import { Link } from 'react-router';
import { api } from '../api/api-client.js';
import { useItemEditor } from '../editing/use-item-editor.js';
import { ItemWorkflowPanel } from '../editing/workflow-panel.js';
import { useLocale } from '../locale/locale-context.js';
import { PlaceForm } from './place-form.js';
import './place.css';

/** Creating a place or editing one: the form, and beside a saved one its workflow and the ways to its history and translations. */
export function PlaceEditorPage() {
  const { t } = useLocale();
  const editor = useItemEditor({
    itemKey: 'place',
    listKey: 'places',
    read: (id) => api.getStaffSite({ params: { id } }),
    headings: { create: 'placeCreateHeading', edit: 'placeEditHeading' },
  });
  const { current, session } = editor;
  if (editor.instead !== undefined || !session) return editor.instead;

  return (
    <>
      <div className="page-heading">
        <h1>{t(current ? 'placeEditHeading' : 'placeCreateHeading')}</h1>
        {current && (
          <nav className="place-links" aria-label={t('placeEditHeading')}>
            <Link to={`/places/${current.id}/history`}>{t('placeHistoryLink')}</Link>
            <Link to={`/places/${current.id}/translate`}>{t('placeTranslateLink')}</Link>
          </nav>
        )}
      </div>
      {editor.savedNotice}
      <div className="editor-layout">
        <PlaceForm key={editor.formKey} place={current} onSaved={editor.showSaved} onAutosaved={editor.keep} onDirtyChange={editor.setFormDirty} />
        {current && (
          <ItemWorkflowPanel
            item={current}
            authorId={current.authorId ?? null}
            session={session}
            hasUnsavedChanges={editor.formDirty}
            move={(request) => api.changeSiteWorkflow({ params: { id: current.id }, body: request, ifMatch: current.version })}
            onMoved={editor.showSaved}
          />
        )}
      </div>
    </>
  );
}
