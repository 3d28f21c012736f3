import { type WorkflowStatus, isAppError } from '@kraina/core';
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/** How long the writer must pause before a draft saves itself: long enough not to save every word. */
export const autosaveDelayMs = 3000;

/**
 * Whether an item's edits may save themselves: only a draft's. Anything submitted, scheduled or live is read by
 * someone else, so its changes wait for an explicit Save.
 */
export function isAutosavable(item: { status: WorkflowStatus } | undefined): boolean {
  return item?.status === 'draft';
}

interface ServerAutosaveOptions<Values extends FieldValues, Item extends { status: WorkflowStatus }> {
  form: UseFormReturn<Values>;
  item: Item | undefined;
  /** The version the form's edits are based on, sent as If-Match. */
  baseVersion: number | null;
  /** True while something must stop saving, such as an open conflict or an explicit save in flight. */
  paused: boolean;
  /** Whether the values pass core's update schema, the check an explicit Save makes before sending. */
  isValid: (values: Values) => boolean;
  /** Sends what changed (the form's dirty fields say which) based on `version`. */
  send: (item: Item, values: Values, dirty: UseFormReturn<Values>['formState']['dirtyFields'], version: number | undefined) => Promise<Item>;
  onSaved: (saved: Item, sent: Values) => void;
  onConflict: () => void;
}

/**
 * Saves a draft article, event or place to the server a few seconds after the writer stops typing, if the form is
 * dirty and valid; never with a conflict open (the writer decides that one) and never past draft (`isAutosavable`).
 */
export function useServerAutosave<Values extends FieldValues, Item extends { status: WorkflowStatus }>(options: ServerAutosaveOptions<Values, Item>) {
  const { form } = options;
  const [savedAt, setSavedAt] = useState<Date | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [isSaving, setSaving] = useState(false);
  // The timer outlives renders, so it reads the latest options when it fires rather than those of its render.
  const latest = useRef(options);
  latest.current = options;
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    async function saveNow() {
      const { item, baseVersion, paused, isValid, send, onSaved, onConflict } = latest.current;
      if (!item || !isAutosavable(item) || paused || inFlight.current || !form.formState.isDirty) return;
      const sent = structuredClone(form.getValues());
      if (!isValid(sent)) return;
      inFlight.current = true;
      setSaving(true);
      try {
        const saved = await send(item, sent, form.formState.dirtyFields, baseVersion ?? undefined);
        setFailure(undefined);
        setSavedAt(new Date());
        onSaved(saved, sent);
      } catch (error) {
        if (isAppError(error) && error.code === 'version-conflict') onConflict();
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
