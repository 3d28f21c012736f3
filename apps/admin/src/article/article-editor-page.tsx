import { type Article, isAppError } from '@kraina/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../api/api-client.js';
import { useSession } from '../api/session.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { formatTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { wordSchemaMessagesIn } from '../locale/schema-messages.js';
import { ArticleForm } from './article-form.js';
import { WorkflowPanel } from './workflow-panel.js';

/** Writing a new article or editing one: the form, and beside a saved one its workflow. */
export function ArticleEditorPage() {
  const { id } = useParams();
  const { t, locale } = useLocale();
  const session = useSession().data;
  const queryClient = useQueryClient();
  const [savedAt, setSavedAt] = useState<Date | undefined>();
  const [formDirty, setFormDirty] = useState(false);
  usePageTitle(t(id === undefined ? 'createArticle' : 'editArticle'));
  useEffect(() => wordSchemaMessagesIn(locale), [locale]);
  const article = useQuery({
    queryKey: ['article', id],
    queryFn: () => api.getStaffArticle({ params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });

  if (!session) return null;
  if (id !== undefined && article.isPending) return <p role="status">{t('loading')}</p>;
  if (id !== undefined && article.isError) {
    const missing = isAppError(article.error) && (article.error.code === 'not-found' || article.error.code === 'invalid-input');
    return (
      <>
        <h1>{t(missing ? 'notFoundHeading' : 'editArticle')}</h1>
        <p role="alert">{missing ? t('notFoundLead') : t('requestFailed', { message: article.error.message })}</p>
      </>
    );
  }

  function showSaved(saved: Article) {
    queryClient.setQueryData(['article', saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: ['articles'] });
    setSavedAt(new Date());
  }

  const current = article.data;
  return (
    <>
      <h1>{t(current ? 'editArticle' : 'createArticle')}</h1>
      <p role="status" className="outcome">
        {savedAt ? t('saved', { time: formatTime(savedAt, locale) }) : ''}
      </p>
      <div className="editor-layout">
        <ArticleForm key={current ? `${current.id}:${current.version}` : 'new'} article={current} onSaved={showSaved} onDirtyChange={setFormDirty} />
        {current && <WorkflowPanel article={current} session={session} hasUnsavedChanges={formDirty} onMoved={showSaved} />}
      </div>
    </>
  );
}
