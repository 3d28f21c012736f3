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
  const { current, session } = editor;
  if (editor.instead !== undefined || !session) return editor.instead;

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
        <ArticleForm key={editor.formKey} article={current} onSaved={editor.showSaved} onAutosaved={editor.keep} onDirtyChange={editor.setFormDirty} />
        {current && <WorkflowPanel article={current} session={session} hasUnsavedChanges={editor.formDirty} onMoved={editor.showSaved} />}
      </div>
    </>
  );
}
