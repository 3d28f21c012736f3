import type { Article } from '@kraina/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/api-client.js';
import { useItemEditor } from '../editing/use-item-editor.js';
import { useLocale } from '../locale/locale-context.js';
import { ArticleForm } from './article-form.js';
import { ArticlePreviewButton } from './article-preview-button.js';
import { WorkflowPanel } from './workflow-panel.js';

/** Writing a new article or editing one: the form, and beside a saved one its workflow. */
export function ArticleEditorPage() {
  const { t } = useLocale();
  const editor = useItemEditor({
    itemKey: 'article',
    listKey: 'articles',
    read: (id) => api.getStaffArticle({ params: { id } }),
    headings: { create: 'createArticle', edit: 'editArticle' },
  });
  // Bumped when the form must start again from the stored article (a save, a workflow move, a conflict reloaded),
  // but not when a draft autosaves: that would rebuild the form under the writer's cursor.
  const [formGeneration, setFormGeneration] = useState(0);
  const { current, session } = editor;
  if (editor.instead !== undefined || !session) return editor.instead;

  function showSaved(saved: Article) {
    editor.showSaved(saved);
    setFormGeneration((generation) => generation + 1);
  }

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
      {editor.savedNotice}
      <div className="editor-layout">
        <ArticleForm key={current ? `${current.id}:${formGeneration}` : 'new'} article={current} onSaved={showSaved} onAutosaved={editor.keep} onDirtyChange={editor.setFormDirty} />
        {current && <WorkflowPanel article={current} session={session} hasUnsavedChanges={editor.formDirty} onMoved={showSaved} />}
      </div>
    </>
  );
}
