import type { Article, RevisionSummary } from '@kraina/core';
import { ConflictPanel as ItemConflictPanel } from '../editing/conflict-panel.js';
import type { ArticleFormValues } from './article-form-values.js';
import { conflictingFields } from './conflict-changes.js';

interface ConflictPanelProps {
  theirs: Article;
  /** The newest revision, which says who saved `theirs` and when; absent if the history could not be read. */
  latest: RevisionSummary | undefined;
  mine: ArticleFormValues;
  onReload: () => void;
  onKeepMine: () => void;
}

/** Someone saved the article first: their fields beside the writer's, and the two ways on. */
export function ConflictPanel({ theirs, latest, mine, onReload, onKeepMine }: ConflictPanelProps) {
  return <ItemConflictPanel theirs={theirs} latest={latest} fields={conflictingFields(theirs, mine)} onReload={onReload} onKeepMine={onKeepMine} />;
}
