import { type Article, isAppError } from '@kraina/core';
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { api } from '../api/api-client.js';
import type { ArticleFormValues } from './article-form-values.js';
import { updateInputOf } from './article-form-values.js';
import { autosaveDelayMs, isAutosavable, isValidUpdate } from './autosave-rule.js';

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

/**
 * Saves a draft to the server a few seconds after the writer stops typing, if the form is dirty and valid; never a
 * draft with a conflict open (the writer decides that one) and never an article past draft (see isAutosavable).
 */
export function useAutosave({ form, article, baseVersion, paused, onSaved, onConflict }: AutosaveOptions) {
  const [savedAt, setSavedAt] = useState<Date | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [isSaving, setSaving] = useState(false);
  // The timer outlives renders, so it reads the latest of these when it fires rather than those of its render.
  const latest = useRef({ article, baseVersion, paused, onSaved, onConflict });
  latest.current = { article, baseVersion, paused, onSaved, onConflict };
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    async function saveNow() {
      const { article: current, baseVersion: version, paused: isPaused } = latest.current;
      if (!current || !isAutosavable(current) || isPaused || inFlight.current || !form.formState.isDirty) return;
      const sent = structuredClone(form.getValues());
      if (!isValidUpdate(sent)) return;
      const dirty = form.formState.dirtyFields;
      const changed = { section: dirty.section === true, leadImage: dirty.leadImage !== undefined, locales: Object.keys(dirty.translations ?? {}) };
      inFlight.current = true;
      setSaving(true);
      try {
        const saved = await api.updateArticle({ params: { id: current.id }, body: updateInputOf(sent, changed), ifMatch: version ?? undefined });
        setFailure(undefined);
        setSavedAt(new Date());
        latest.current.onSaved(saved, sent);
      } catch (error) {
        if (isAppError(error) && error.code === 'version-conflict') latest.current.onConflict();
        else setFailure(isAppError(error) ? error.message : String(error));
      } finally {
        inFlight.current = false;
        setSaving(false);
      }
      // Typing during the request is not lost: what changed since it was sent waits for the next pause.
      if (JSON.stringify(form.getValues()) !== JSON.stringify(sent)) schedule();
    }
    function schedule() {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), autosaveDelayMs);
    }
    const subscription = form.watch(schedule);
    return () => {
      clearTimeout(timer.current);
      subscription.unsubscribe();
    };
  }, [form]);

  return { savedAt, failure, isSaving };
}
