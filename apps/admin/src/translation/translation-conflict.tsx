import type { RevisionSummary } from '@kraina/core';
import { ConflictPanel } from '../editing/conflict-panel.js';
import { fieldText } from '../history/field-text.js';
import type { ContentItem } from '../history/revision-kinds.js';
import type { TextField } from './translatable-kinds.js';
import type { TextValues } from './translation-values.js';

interface TranslationConflictProps {
  theirs: ContentItem;
  latest: RevisionSummary | undefined;
  locale: string;
  fields: readonly { field: TextField; label: string }[];
  mine: TextValues;
  onReload: () => void;
  onKeepMine: () => void;
}

/** Someone saved first: who and when, their text of this locale beside the translator's, and the two ways on. */
export function TranslationConflict({ theirs, latest, locale, fields, mine, onReload, onKeepMine }: TranslationConflictProps) {
  const rows = fields
    .map(({ field, label }) => ({ field: label, theirs: (fieldText(theirs.translations[locale]?.[field.name]) ?? '').trim(), mine: (fieldText(mine[field.name]) ?? '').trim() }))
    .filter((row) => row.theirs !== row.mine);
  return <ConflictPanel theirs={theirs} latest={latest} fields={rows} lang={locale} onReload={onReload} onKeepMine={onKeepMine} />;
}
