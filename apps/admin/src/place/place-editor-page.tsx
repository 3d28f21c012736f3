import { type Site, isAppError } from '@kraina/core';
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
import { PlaceForm } from './place-form.js';
import './place.css';

/** Creating a place or editing one: the form, and beside a saved one its workflow and the ways to its history and translations. */
export function PlaceEditorPage() {
  const { id } = useParams();
  const { t, locale } = useLocale();
  const session = useSession().data;
  const queryClient = useQueryClient();
  const [savedAt, setSavedAt] = useState<Date | undefined>();
  const [formDirty, setFormDirty] = useState(false);
  usePageTitle(t(id === undefined ? 'placeCreateHeading' : 'placeEditHeading'));
  useEffect(() => wordSchemaMessagesIn(locale), [locale]);
  const place = useQuery({ queryKey: ['place', id], queryFn: () => api.getStaffSite({ params: { id: id ?? '' } }), enabled: id !== undefined });

  if (!session) return null;
  if (id !== undefined && place.isPending) return <p role="status">{t('loading')}</p>;
  if (id !== undefined && place.isError) {
    const missing = isAppError(place.error) && (place.error.code === 'not-found' || place.error.code === 'invalid-input');
    return (
      <>
        <h1>{t(missing ? 'notFoundHeading' : 'placeEditHeading')}</h1>
        <p role="alert">{missing ? t('notFoundLead') : t('requestFailed', { message: place.error.message })}</p>
      </>
    );
  }

  function showSaved(saved: Site) {
    // A save answers the item without its author; that stays what the first read said, or is whoever created it here.
    queryClient.setQueryData(['place', saved.id], (before: Site | undefined) => ({ ...saved, authorId: before?.authorId ?? saved.authorId ?? session?.user.id ?? null }));
    void queryClient.invalidateQueries({ queryKey: ['places'] });
    setSavedAt(new Date());
  }

  const current = place.data;
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
      <p role="status" className="outcome">
        {savedAt ? t('saved', { time: formatTime(savedAt, locale) }) : ''}
      </p>
      <div className="editor-layout">
        <PlaceForm key={current ? `${current.id}:${current.version}` : 'new'} place={current} onSaved={showSaved} onDirtyChange={setFormDirty} />
        {current && (
          <ItemWorkflowPanel
            item={current}
            // A place's record names no author; the API knows who saved it first and answers for that case.
            authorId={current.authorId ?? null}
            session={session}
            hasUnsavedChanges={formDirty}
            move={(request) => api.changeSiteWorkflow({ params: { id: current.id }, body: request, ifMatch: current.version })}
            onMoved={showSaved}
          />
        )}
      </div>
    </>
  );
}
