import type { Article } from '@kraina/core';
import type { UseFormReturn } from 'react-hook-form';
import { api } from '../api/api-client.js';
import { useServerAutosave } from '../editing/use-server-autosave.js';
import type { ArticleFormValues } from './article-form-values.js';
import { updateInputOf } from './article-form-values.js';
import { isValidUpdate } from './autosave-rule.js';

interface AutosaveOptions {
  form: UseFormReturn<ArticleFormValues>;
  article: Article | undefined;
  /** The version the form's edits are based on, sent as If-Match. */
  baseVersion: number | null;
  /** True while something must stop saving, such as an open conflict. */
  paused: boolean;
  onSaved: (saved: Article, sent: ArticleFormValues) => void;
  onConflict: () => void;
}

/** A draft article saving itself a few seconds after the writer stops typing (see useServerAutosave). */
export function useAutosave({ form, article, baseVersion, paused, onSaved, onConflict }: AutosaveOptions) {
  return useServerAutosave({
    form,
    item: article,
    baseVersion,
    paused,
    isValid: isValidUpdate,
    send: (current, sent, dirty, version) => {
      const changed = { section: dirty.section === true, leadImage: dirty.leadImage !== undefined, locales: Object.keys(dirty.translations ?? {}) };
      return api.updateArticle({ params: { id: current.id }, body: updateInputOf(sent, changed), ifMatch: version });
    },
    onSaved,
    onConflict,
  });
}
