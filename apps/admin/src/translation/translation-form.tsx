import { type RevisionSummary, isAppError } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { get, useForm } from 'react-hook-form';
import { placeIssues } from '../article/article-form-values.js';
import { UnsavedChangesGuard } from '../article/unsaved-changes-guard.js';
import type { ContentKind } from '../history/content-kind.js';
import { fieldLabel, languageName } from '../history/field-labels.js';
import { type ContentItem, revisionRoutes } from '../history/revision-kinds.js';
import { useLocale } from '../locale/locale-context.js';
import { translatableKinds } from './translatable-kinds.js';
import { TranslationConflict } from './translation-conflict.js';
import { TranslationField } from './translation-field.js';
import { type TranslationFormValues, textValuesOf, translationInputOf, translationResolver } from './translation-values.js';
import { useSourceChanges } from './use-source-changes.js';

interface TranslationFormProps {
  kind: ContentKind;
  item: ContentItem;
  source: string;
  target: string;
  onSaved: (item: ContentItem) => void;
  onDirtyChange: (dirty: boolean) => void;
}

interface Conflict {
  theirs: ContentItem;
  latest: RevisionSummary | undefined;
}

/** The target locale's text beside the source's, field by field, checked by core's update schema and saved by version. */
export function TranslationForm({ kind, item, source, target, onSaved, onDirtyChange }: TranslationFormProps) {
  const { t, locale } = useLocale();
  const description = translatableKinds[kind];
  const sourceChanges = useSourceChanges(kind, item, source, target);
  const [summary, setSummary] = useState<string[]>([]);
  const [conflict, setConflict] = useState<Conflict | undefined>();
  const saving = useRef(false);
  const form = useForm<TranslationFormValues>({
    mode: 'onTouched',
    resolver: translationResolver(description, item, target),
    defaultValues: { translations: { [target]: textValuesOf(description.fields, item.translations[target]) } },
  });
  const { register, control, handleSubmit, formState, getValues, setError } = form;
  useEffect(() => onDirtyChange(formState.isDirty), [formState.isDirty, onDirtyChange]);
  const stale = item.translationStatus?.[target]?.stale ?? [];
  const fields = description.fields.map((field) => ({ field, label: fieldLabel(field.name, t) }));

  const save = useMutation({
    mutationFn: ({ values, version }: { values: TranslationFormValues; version: number }) =>
      description.update(item.id, translationInputOf(description, item, target, values), version),
    onMutate: () => {
      saving.current = true;
    },
    onSettled: () => {
      saving.current = false;
    },
    onSuccess: (saved) => onSaved(saved),
    onError: async (error) => {
      if (!isAppError(error)) return setSummary([String(error)]);
      if (error.code === 'version-conflict') {
        const routes = revisionRoutes[kind];
        const [theirs, history] = await Promise.all([routes.read(item.id), routes.list(item.id, undefined).catch(() => undefined)]);
        setConflict({ theirs, latest: history?.items[0] });
        return;
      }
      const names = description.fields.map((field) => `translations.${target}.${field.name}`);
      const { byField, unplaced } = placeIssues(error.issues, names);
      for (const [field, detail] of byField) setError(field as never, { type: 'server', message: detail });
      // A refusal without fields (a locale the translator is not assigned to) is shown in the API's own words.
      setSummary(error.issues.length === 0 ? [error.message] : unplaced);
    },
  });

  function submit(values: TranslationFormValues, version = item.version) {
    setSummary([]);
    setConflict(undefined);
    save.mutate({ values, version });
  }

  const errorOf = (name: string): string | undefined => {
    const found: unknown = get(formState.errors, `translations.${target}.${name}`);
    return (found as { message?: string } | undefined)?.message;
  };

  return (
    <form className="article-form" noValidate onSubmit={(event) => void handleSubmit((values) => submit(values), () => setSummary([t('translationFixErrors')]))(event)}>
      <UnsavedChangesGuard when={formState.isDirty} mayLeave={() => saving.current || !form.formState.isDirty} onDiscard={() => undefined} />
      <div role="alert" className="error-summary">
        {summary.length > 0 && (
          <ul>
            {summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      {conflict && (
        <TranslationConflict
          theirs={conflict.theirs}
          latest={conflict.latest}
          locale={target}
          fields={fields}
          mine={getValues(`translations.${target}`)}
          onReload={() => onSaved(conflict.theirs)}
          onKeepMine={() => submit(getValues(), conflict.theirs.version)}
        />
      )}
      {fields.map(({ field, label }) => (
        <TranslationField
          key={field.name}
          field={field}
          label={label}
          source={{ locale: source, language: languageName(source, locale), value: item.translations[source]?.[field.name] }}
          target={{ locale: target, language: languageName(target, locale) }}
          stale={stale.includes(field.name)}
          sourceChanges={sourceChanges[field.name] ?? []}
          error={errorOf(field.name)}
          control={control}
          register={register}
        />
      ))}
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('translationSaving') : t('translationSave')}
        </button>
      </div>
    </form>
  );
}
