import { type Article, isAppError } from '@kraina/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/api-client.js';
import { useSession } from '../api/session.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { formatTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { wordSchemaMessagesIn } from '../locale/schema-messages.js';
import { ArticleForm } from './article-form.js';
import { ArticlePreviewButton } from './article-preview-button.js';
import { WorkflowPanel } from './workflow-panel.js';

/** Writing a new article or editing one: the form, and beside a saved one its workflow. */
export function ArticleEditorPage() {
  const { id } = useParams();
  const { t, locale } = useLocale();
  const session = useSession().data;
  const queryClient = useQueryClient();
  const [savedAt, setSavedAt] = useState<Date | undefined>();
  const [formDirty, setFormDirty] = useState(false);
  // Bumped when the form must start again from the stored article (a save, a workflow move, a conflict reloaded),
  // but not when a draft autosaves: that would rebuild the form under the writer's cursor.
  const [formGeneration, setFormGeneration] = useState(0);
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

  function keepSaved(saved: Article) {
    queryClient.setQueryData(['article', saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: ['articles'] });
  }

  function showSaved(saved: Article) {
    keepSaved(saved);
    setFormGeneration((generation) => generation + 1);
    setSavedAt(new Date());
  }

  const current = article.data;
  return (
    <>
      <h1>{t(current ? 'editArticle' : 'createArticle')}</h1>
      {current && (
        <nav className="workflow__actions" aria-label={t('articleOtherScreens')}>
          <ArticlePreviewButton articleId={current.id} />
          <Link to={`/articles/${current.id}/history`}>{t('articleHistory')}</Link>
          <Link to={`/articles/${current.id}/translate`}>{t('articleTranslate')}</Link>
        </nav>
      )}
      <p role="status" className="outcome">
        {savedAt ? t('saved', { time: formatTime(savedAt, locale) }) : ''}
      </p>
      <div className="editor-layout">
        <ArticleForm key={current ? `${current.id}:${formGeneration}` : 'new'} article={current} onSaved={showSaved} onAutosaved={keepSaved} onDirtyChange={setFormDirty} />
        {current && <WorkflowPanel article={current} session={session} hasUnsavedChanges={formDirty} onMoved={showSaved} />}
      </div>
    </>
  );
}
