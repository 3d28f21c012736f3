import { type Article, type RevisionSummary, defaultLocales, isAppError } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, get, useForm } from 'react-hook-form';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../api/api-client.js';
import { formatTime } from '../locale/format-time.js';
import { useLocale } from '../locale/locale-context.js';
import { type ArticleFormValues, articleResolver, createInputOf, emptyText, formValuesOf, placeIssues, updateInputOf } from './article-form-values.js';
import { LeadImageField } from '../media/lead-image-field.js';
import { ConflictPanel } from './conflict-panel.js';
import { RichTextEditor } from './rich-text-editor.js';
import { forgetDraft, keepDraft, readDraft } from './stored-draft.js';
import { UnsavedChangesGuard } from './unsaved-changes-guard.js';
import { useAutosave } from './use-autosave.js';
import { AutosaveStatus } from '../editing/autosave-status.js';
import { sectionOptions, useSections } from './use-sections.js';

interface ArticleFormProps {
  article: Article | undefined;
  onSaved: (article: Article) => void;
  /** A draft saved itself: the page takes the new version without starting the form again under the writer's cursor. */
  onAutosaved: (article: Article) => void;
  onDirtyChange: (dirty: boolean) => void;
}

interface Conflict {
  theirs: Article;
  latest: RevisionSummary | undefined;
}

const isBlank = (text: ArticleFormValues['translations'][string]) => text.headline.trim() === '' && text.lead.trim() === '' && text.body.content.length === 0;

/** The article's fields, checked live by core's schemas, kept on the device as they are typed, saved by version. */
export function ArticleForm({ article, onSaved, onAutosaved, onDirtyChange }: ArticleFormProps) {
  const { t, locale } = useLocale();
  const route = useLocation().pathname;
  const navigate = useNavigate();
  const sections = useSections();
  const ids = { section: useId(), textLocale: useId(), headline: useId(), lead: useId(), body: useId() };
  const saved = article ? formValuesOf(article) : undefined;
  const [stored, setStored] = useState(() => readDraft<ArticleFormValues>(route));
  // The version this form's edits build on: the one it opened with, then each of its own autosaves. A newer version
  // fetched in the background is someone else's save, and must show as a conflict rather than be written over.
  const [ownVersion, setOwnVersion] = useState(article?.version ?? null);
  // A restored draft is saved against the version it was typed over, so a save made since shows as a conflict
  // instead of being overwritten.
  const baseVersion = stored?.baseVersion ?? ownVersion;
  const [textLocale, setTextLocale] = useState(() => Object.keys(stored?.values.translations ?? saved?.translations ?? {})[0] ?? 'en');
  const [editorKey, setEditorKey] = useState(0);
  const [keptAt, setKeptAt] = useState<Date | undefined>();
  const [summary, setSummary] = useState<string[]>([]);
  const [conflict, setConflict] = useState<Conflict | undefined>();
  const saving = useRef(false);
  const form = useForm<ArticleFormValues>({
    mode: 'onTouched',
    resolver: articleResolver(article ? 'update' : 'create'),
    defaultValues: saved ?? { section: '', leadImage: null, translations: { [textLocale]: emptyText() } },
  });
  const { register, control, handleSubmit, formState, reset, getValues, setValue, setError, watch } = form;

  // Work typed before a reload or an ended session comes back; the saved version stays the form's baseline.
  useEffect(() => {
    if (!stored) return;
    reset(stored.values, { keepDefaultValues: true });
    setEditorKey((key) => key + 1); // Tiptap took its content at mount; it must start again from the draft
  }, [stored, reset]);
  useEffect(() => {
    if (!article && getValues('section') === '' && sections.data?.[0]) setValue('section', sections.data[0].slug);
  }, [article, sections.data, getValues, setValue]);
  useEffect(() => onDirtyChange(formState.isDirty), [formState.isDirty, onDirtyChange]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = watch((values) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!form.formState.isDirty) return forgetDraft(route);
        keepDraft(route, values, baseVersion);
        setKeptAt(new Date());
      }, 600);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [watch, route, baseVersion, form.formState]);

  const save = useMutation({
    mutationFn: async ({ values, baseVersion, everything }: { values: ArticleFormValues; baseVersion: number | undefined; everything: boolean }) => {
      if (!article) return api.createArticle({ body: createInputOf(values) });
      const dirty = formState.dirtyFields;
      const changed = everything
        ? { section: true, leadImage: true, locales: Object.keys(values.translations) }
        : { section: dirty.section === true, leadImage: dirty.leadImage !== undefined, locales: Object.keys(dirty.translations ?? {}) };
      return api.updateArticle({ params: { id: article.id }, body: updateInputOf(values, changed), ifMatch: baseVersion });
    },
    onMutate: () => {
      saving.current = true;
    },
    onSettled: () => {
      saving.current = false;
    },
    onSuccess: async (result) => {
      forgetDraft(route);
      if (!article) {
        reset(getValues());
        await navigate(`/articles/${result.id}`, { replace: true });
      }
      onSaved(result);
    },
    onError: async (error) => {
      if (!isAppError(error)) return setSummary([String(error)]);
      if (error.code === 'version-conflict' && article) return openConflict(article.id);
      const fields = Object.keys(getValues('translations')).flatMap((l) => [`translations.${l}.headline`, `translations.${l}.lead`, `translations.${l}.body`]);
      const { byField, unplaced } = placeIssues(error.issues, ['section', ...fields]);
      for (const [field, detail] of byField) setError(field as never, { type: 'server', message: detail });
      setSummary(error.issues.length === 0 ? [error.message] : unplaced);
    },
  });

  async function openConflict(id: string) {
    const [theirs, history] = await Promise.all([api.getStaffArticle({ params: { id } }), api.listArticleRevisions({ params: { id }, query: { limit: 1 } }).catch(() => undefined)]);
    setConflict({ theirs, latest: history?.items[0] });
  }

  const autosave = useAutosave({
    form,
    article,
    baseVersion,
    paused: conflict !== undefined || save.isPending,
    onSaved: (result, sent) => {
      setOwnVersion(result.version);
      setStored(undefined);
      // What was sent is now the baseline; edits typed while it travelled stay dirty and wait for the next pause.
      if (JSON.stringify(getValues()) === JSON.stringify(sent)) {
        reset(sent, { keepValues: true });
        forgetDraft(route);
      }
      onAutosaved(result);
    },
    onConflict: () => void (article && openConflict(article.id)),
  });

  function submit(values: ArticleFormValues, everything = false, basedOn = baseVersion ?? undefined) {
    setSummary([]);
    keepDraft(route, values, basedOn ?? null);
    save.mutate({ values, baseVersion: basedOn, everything });
  }

  function chooseLocale(next: string) {
    const texts = getValues('translations');
    // A language opened and left blank is not a translation, so it is not kept to fail validation.
    for (const [code, text] of Object.entries(texts)) {
      if (code !== next && !saved?.translations[code] && isBlank(text)) setValue('translations', Object.fromEntries(Object.entries(getValues('translations')).filter(([c]) => c !== code)));
    }
    if (!getValues(`translations.${next}`)) setValue(`translations.${next}`, emptyText());
    setTextLocale(next);
  }

  const errorOf = (name: string): string | undefined => {
    const found: unknown = get(formState.errors, name);
    return (found as { message?: string } | undefined)?.message;
  };
  const headlineError = errorOf(`translations.${textLocale}.headline`);
  const leadError = errorOf(`translations.${textLocale}.lead`);
  const bodyError = errorOf(`translations.${textLocale}.body`);
  const sectionError = errorOf('section');
  const describe = (id: string, error: string | undefined) => (error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});

  return (
    <form className="article-form" noValidate onSubmit={(event) => void handleSubmit((values) => submit(values), () => setSummary([t('fixErrors')]))(event)}>
      <UnsavedChangesGuard when={formState.isDirty} mayLeave={() => saving.current || !form.formState.isDirty} onDiscard={() => forgetDraft(route)} />
      {stored && (
        <p className="notice">
          {t('draftRestored')}{' '}
          <button type="button" className="button button--quiet" onClick={() => { forgetDraft(route); setStored(undefined); reset(saved); setEditorKey((k) => k + 1); }}>
            {t('discardDraft')}
          </button>
        </p>
      )}
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
        <ConflictPanel
          theirs={conflict.theirs}
          latest={conflict.latest}
          mine={getValues()}
          onReload={() => { forgetDraft(route); onSaved(conflict.theirs); }}
          onKeepMine={() => { const theirs = conflict.theirs; setConflict(undefined); submit(getValues(), true, theirs.version); }}
        />
      )}
      <div className="field">
        <label htmlFor={ids.section}>{t('section')}</label>
        <select id={ids.section} {...register('section')} {...describe(ids.section, sectionError)}>
          {sectionOptions(sections.data ?? [], locale).map((option) => (
            <option key={option.slug} value={option.slug}>{option.label}</option>
          ))}
        </select>
        {sectionError && <p id={`${ids.section}-error`} className="field__error">{sectionError}</p>}
      </div>
      <div className="field">
        <label htmlFor={ids.textLocale}>{t('textLanguage')}</label>
        <select id={ids.textLocale} value={textLocale} onChange={(event) => chooseLocale(event.target.value)}>
          {defaultLocales.map((code) => (
            <option key={code} value={code}>{code}</option>
          ))}
        </select>
      </div>
      <div className="field" key={`headline-${textLocale}`}>
        <label htmlFor={ids.headline}>{t('headline')}</label>
        <input id={ids.headline} lang={textLocale} {...register(`translations.${textLocale}.headline`)} {...describe(ids.headline, headlineError)} />
        {headlineError && <p id={`${ids.headline}-error`} className="field__error">{headlineError}</p>}
      </div>
      <div className="field" key={`lead-${textLocale}`}>
        <label htmlFor={ids.lead}>{t('lead')}</label>
        <textarea id={ids.lead} lang={textLocale} rows={3} {...register(`translations.${textLocale}.lead`)} {...describe(ids.lead, leadError)} />
        {leadError && <p id={`${ids.lead}-error`} className="field__error">{leadError}</p>}
      </div>
      <div className="field">
        <span className="field__label" id={ids.body}>{t('body')}</span>
        <Controller
          control={control}
          name={`translations.${textLocale}.body`}
          render={({ field }) => (
            <RichTextEditor key={`${textLocale}-${editorKey}`} labelId={ids.body} {...(bodyError ? { errorId: `${ids.body}-error` } : {})} value={field.value} onChange={field.onChange} onBlur={field.onBlur} lang={textLocale} />
          )}
        />
        {bodyError && <p id={`${ids.body}-error`} className="field__error">{bodyError}</p>}
      </div>
      <Controller control={control} name="leadImage" render={({ field }) => <LeadImageField value={field.value} onChange={field.onChange} />} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending || autosave.isSaving}>
          {save.isPending ? t('saving') : t('save')}
        </button>
        <span className="field__hint">{keptAt && formState.isDirty ? t('autosaved', { time: formatTime(keptAt, locale) }) : ''}</span>
        <AutosaveStatus savedAt={autosave.savedAt} failure={autosave.failure} />
      </div>
    </form>
  );
}
