import type { Article, SessionInfo } from '@kraina/core';
import { api } from '../api/api-client.js';
import { ItemWorkflowPanel } from '../editing/workflow-panel.js';

interface WorkflowPanelProps {
  article: Article;
  session: SessionInfo;
  /** Whether the form has changes not yet saved: moving an item on with them would publish the saved text, not these. */
  hasUnsavedChanges: boolean;
  onMoved: (article: Article) => void;
}

/** The article's workflow moves, sent with the version the editor has. */
export function WorkflowPanel({ article, session, hasUnsavedChanges, onMoved }: WorkflowPanelProps) {
  return (
    <ItemWorkflowPanel
      item={article}
      authorId={article.authorId}
      session={session}
      hasUnsavedChanges={hasUnsavedChanges}
      move={(request) => api.changeArticleWorkflow({ params: { id: article.id }, body: request, ifMatch: article.version })}
      onMoved={onMoved}
    />
  );
}
