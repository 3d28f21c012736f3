import { type Event, EventCategorySchema, EventStatusSchema, type RevisionSummary, UpdateEventInputSchema, defaultLocales, isAppError } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, FormProvider, useFieldArray, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { api } from '../api/api-client.js';
import { RichTextEditor } from '../article/rich-text-editor.js';
import { UnsavedChangesGuard } from '../article/unsaved-changes-guard.js';
import { changedFieldsOf, everythingIn } from '../editing/changed-fields.js';
import { ConflictPanel } from '../editing/conflict-panel.js';
import { AutosaveStatus } from '../editing/autosave-status.js';
import { useServerAutosave } from '../editing/use-server-autosave.js';
import { ErrorSummary } from '../editing/error-summary.js';
import { showServerIssues } from '../editing/server-issues.js';
import { useLocale } from '../locale/locale-context.js';
import { LeadImageField } from '../media/lead-image-field.js';
import { conflictingEventFields } from './event-conflict-fields.js';
import { type EventFormValues, createEventInputOf, emptyEventText, eventFormValuesOf, eventResolver, newEventValues, newSession, updateEventInputOf } from './event-form-values.js';
import { categoryLabels, eventStatusLabels } from './event-labels.js';
import { messageAt } from './message-at.js';
import { SessionFields } from './session-fields.js';

interface EventFormProps {
  event: Event | undefined;
  onSaved: (event: Event) => void;
  /** A draft saved itself: the page keeps the new version without starting the form again. */
  onAutosaved: (event: Event) => void;
  onDirtyChange: (dirty: boolean) => void;
}

interface Conflict {
  theirs: Event;
  latest: RevisionSummary | undefined;
}

/** Every form path an API issue may name, so a refusal lands beside its field rather than in the summary. */
function fieldPaths(values: EventFormValues): string[] {
  const locales = Object.keys(values.translations);
  return [
    'category', 'eventStatus', 'ticketUrl', 'price.min', 'price.max', 'price.currency',
    ...locales.flatMap((l) => [`translations.${l}.title`, `translations.${l}.summary`, `translations.${l}.description`, `translations.${l}.slug`, `organiser.${l}`, `statusNote.${l}`]),
    ...values.schedule.flatMap((_, i) => ['start', 'end', 'timeZone', 'rrule', 'venue.siteId', 'venue.url', 'venue.address', 'venue.coordinates.lat', 'venue.coordinates.lng'].map((f) => `schedule.${i}.${f}`)),
  ];
}

const today = () => new Date().toISOString().slice(0, 10);

/** The event's fields, checked live by core's schemas, saved by version; the schedule is edited session by session. */
export function EventForm({ event, onSaved, onAutosaved, onDirtyChange }: EventFormProps) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const ids = { textLocale: useId(), title: useId(), summary: useId(), description: useId(), category: useId(), eventStatus: useId(), statusNote: useId(), organiser: useId(), price: useId(), min: useId(), max: useId(), currency: useId(), ticketUrl: useId() };
  const saved = event ? eventFormValuesOf(event) : undefined;
  const [textLocale, setTextLocale] = useState(() => Object.keys(saved?.translations ?? {})[0] ?? locale);
  const [summary, setSummary] = useState<string[]>([]);
  const [conflict, setConflict] = useState<Conflict | undefined>();
  // The version this form's edits build on: the one it opened with, then each of its own autosaves.
  const [ownVersion, setOwnVersion] = useState(event?.version ?? null);
  const saving = useRef(false);
  const form = useForm<EventFormValues>({
    mode: 'onTouched',
    resolver: eventResolver(event ? 'update' : 'create'),
    defaultValues: saved ?? newEventValues(textLocale, today()),
  });
  const { register, control, handleSubmit, formState, reset, getValues, setValue, setError, watch } = form;
  const sessions = useFieldArray({ control, name: 'schedule' });
  const priceKind = watch('price.kind');
  useEffect(() => onDirtyChange(formState.isDirty), [formState.isDirty, onDirtyChange]);

  const save = useMutation({
    mutationFn: async ({ values, baseVersion, everything }: { values: EventFormValues; baseVersion: number | undefined; everything: boolean }) => {
      if (!event) return api.createEvent({ body: createEventInputOf(values) });
      const changed = everything ? everythingIn(values) : changedFieldsOf(formState.dirtyFields);
      return api.updateEvent({ params: { id: event.id }, body: updateEventInputOf(values, changed), ifMatch: baseVersion });
    },
    onMutate: () => {
      saving.current = true;
    },
    onSettled: () => {
      saving.current = false;
    },
    onSuccess: async (result) => {
      if (!event) {
        reset(getValues());
        await navigate(`/events/${result.id}`, { replace: true });
      }
      onSaved(result);
    },
    onError: async (error) => {
      if (isAppError(error) && error.code === 'version-conflict' && event) return openConflict(event.id);
      setSummary(showServerIssues(error, fieldPaths(getValues()) as never, setError));
    },
  });

  async function openConflict(id: string) {
    const [theirs, history] = await Promise.all([api.getStaffEvent({ params: { id } }), api.listEventRevisions({ params: { id }, query: { limit: 1 } }).catch(() => undefined)]);
    setConflict({ theirs, latest: history?.items[0] });
  }

  const autosave = useServerAutosave({
    form,
    item: event,
    baseVersion: ownVersion,
    paused: conflict !== undefined || save.isPending,
    isValid: (values) => UpdateEventInputSchema.safeParse(updateEventInputOf(values, everythingIn(values))).success,
    send: (current, values, dirty, version) => api.updateEvent({ params: { id: current.id }, body: updateEventInputOf(values, changedFieldsOf(dirty)), ifMatch: version }),
    onSaved: (result, sent) => {
      setOwnVersion(result.version);
      // What was sent is now the baseline; edits typed while it travelled stay dirty and wait for the next pause.
      if (JSON.stringify(getValues()) === JSON.stringify(sent)) reset(sent, { keepValues: true });
      onAutosaved(result);
    },
    onConflict: () => void (event && openConflict(event.id)),
  });

  function submit(values: EventFormValues, everything = false, basedOn = ownVersion ?? undefined) {
    setSummary([]);
    save.mutate({ values, baseVersion: basedOn, everything });
  }

  function chooseLocale(next: string) {
    if (!getValues(`translations.${next}`)) setValue(`translations.${next}`, emptyEventText());
    setTextLocale(next);
  }

  const errorOf = (name: string) => messageAt(formState.errors, name);
  const describe = (id: string, error: string | undefined) => (error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {});
  const fieldError = (id: string, error: string | undefined) => error && <p id={`${id}-error`} className="field__error">{error}</p>;
  const titleError = errorOf(`translations.${textLocale}.title`);
  const summaryError = errorOf(`translations.${textLocale}.summary`);
  const descriptionError = errorOf(`translations.${textLocale}.description`);
  const scheduleError = errorOf('schedule') ?? errorOf('schedule.root');

  return (
    <FormProvider {...form}>
      <form className="article-form event-form" noValidate onSubmit={(e) => void handleSubmit((values) => submit(values), () => setSummary([t('fixErrors')]))(e)}>
        <UnsavedChangesGuard when={formState.isDirty} mayLeave={() => saving.current || !form.formState.isDirty} onDiscard={() => undefined} />
        <ErrorSummary lines={summary} />
        {conflict && (
          <ConflictPanel
            theirs={conflict.theirs}
            latest={conflict.latest}
            fields={conflictingEventFields(conflict.theirs, getValues())}
            onReload={() => onSaved(conflict.theirs)}
            onKeepMine={() => {
              const theirs = conflict.theirs;
              setConflict(undefined);
              submit(getValues(), true, theirs.version);
            }}
          />
        )}
        <h2>{t('eventTextHeading')}</h2>
        <div className="field">
          <label htmlFor={ids.textLocale}>{t('textLanguage')}</label>
          <select id={ids.textLocale} value={textLocale} onChange={(e) => chooseLocale(e.target.value)}>
            {defaultLocales.map((code) => (
              <option key={code} value={code}>{code}</option>
            ))}
          </select>
        </div>
        <div className="field" key={`title-${textLocale}`}>
          <label htmlFor={ids.title}>{t('eventTitle')}</label>
          <input id={ids.title} lang={textLocale} {...register(`translations.${textLocale}.title`)} {...describe(ids.title, titleError)} />
          {fieldError(ids.title, titleError)}
        </div>
        <div className="field" key={`summary-${textLocale}`}>
          <label htmlFor={ids.summary}>{t('eventSummary')}</label>
          <textarea id={ids.summary} lang={textLocale} rows={2} {...register(`translations.${textLocale}.summary`)} {...describe(ids.summary, summaryError)} />
          {fieldError(ids.summary, summaryError)}
        </div>
        <div className="field">
          <span className="field__label" id={ids.description}>{t('eventDescription')}</span>
          <Controller
            control={control}
            name={`translations.${textLocale}.description`}
            render={({ field }) => (
              <RichTextEditor key={textLocale} labelId={ids.description} {...(descriptionError ? { errorId: `${ids.description}-error` } : {})} value={field.value} onChange={field.onChange} onBlur={field.onBlur} lang={textLocale} />
            )}
          />
          {fieldError(ids.description, descriptionError)}
        </div>

        <h2>{t('eventDetailsHeading')}</h2>
        <div className="field">
          <label htmlFor={ids.category}>{t('eventCategory')}</label>
          <select id={ids.category} {...register('category')} {...describe(ids.category, errorOf('category'))}>
            {EventCategorySchema.options.map((category) => (
              <option key={category} value={category}>{t(categoryLabels[category])}</option>
            ))}
          </select>
          {fieldError(ids.category, errorOf('category'))}
        </div>
        <div className="field">
          <label htmlFor={ids.eventStatus}>{t('eventGoesAhead')}</label>
          <select id={ids.eventStatus} {...register('eventStatus')}>
            {EventStatusSchema.options.map((status) => (
              <option key={status} value={status}>{t(eventStatusLabels[status])}</option>
            ))}
          </select>
        </div>
        <div className="field" key={`note-${textLocale}`}>
          <label htmlFor={ids.statusNote}>{t('eventStatusNote', { locale: textLocale })}</label>
          <input id={ids.statusNote} lang={textLocale} {...register(`statusNote.${textLocale}`)} {...describe(ids.statusNote, errorOf(`statusNote.${textLocale}`))} />
          {fieldError(ids.statusNote, errorOf(`statusNote.${textLocale}`))}
        </div>
        <div className="field" key={`organiser-${textLocale}`}>
          <label htmlFor={ids.organiser}>{t('eventOrganiser', { locale: textLocale })}</label>
          <input id={ids.organiser} lang={textLocale} {...register(`organiser.${textLocale}`)} {...describe(ids.organiser, errorOf(`organiser.${textLocale}`))} />
          {fieldError(ids.organiser, errorOf(`organiser.${textLocale}`))}
        </div>
        <fieldset>
          <legend>{t('eventPrice')}</legend>
          {(['none', 'free', 'paid'] as const).map((kind) => (
            <label key={kind} className="checkbox">
              <input type="radio" value={kind} {...register('price.kind')} /> {t(kind === 'none' ? 'eventPriceNone' : kind === 'free' ? 'eventPriceFree' : 'eventPricePaid')}
            </label>
          ))}
          {priceKind === 'paid' && (
            <>
              <div className="field">
                <label htmlFor={ids.min}>{t('eventPriceMin')}</label>
                <input id={ids.min} inputMode="decimal" {...register('price.min')} {...describe(ids.min, errorOf('price.min'))} />
                {fieldError(ids.min, errorOf('price.min'))}
              </div>
              <div className="field">
                <label htmlFor={ids.max}>{t('eventPriceMax')}</label>
                <input id={ids.max} inputMode="decimal" {...register('price.max')} {...describe(ids.max, errorOf('price.max'))} />
                {fieldError(ids.max, errorOf('price.max'))}
              </div>
              <div className="field">
                <label htmlFor={ids.currency}>{t('eventPriceCurrency')}</label>
                <input id={ids.currency} maxLength={3} {...register('price.currency')} {...describe(ids.currency, errorOf('price.currency'))} />
                {fieldError(ids.currency, errorOf('price.currency'))}
              </div>
            </>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.ticketUrl}>{t('eventTicketUrl')}</label>
          <input id={ids.ticketUrl} type="url" {...register('ticketUrl')} {...describe(ids.ticketUrl, errorOf('ticketUrl'))} />
          {fieldError(ids.ticketUrl, errorOf('ticketUrl'))}
        </div>
        <Controller control={control} name="image" render={({ field }) => <LeadImageField value={field.value} onChange={field.onChange} />} />

        <h2>{t('eventScheduleHeading')}</h2>
        {scheduleError && <p className="field__error">{scheduleError}</p>}
        {sessions.fields.map((session, index) => (
          <SessionFields
            key={session.id}
            index={index}
            count={sessions.fields.length}
            textLocale={textLocale}
            onCopy={() => sessions.insert(index + 1, structuredClone(getValues(`schedule.${index}`)))}
            onRemove={() => sessions.remove(index)}
          />
        ))}
        <button type="button" className="button button--quiet" onClick={() => sessions.append(newSession(today()))}>
          {t('eventAddSession')}
        </button>
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending || autosave.isSaving}>
            {save.isPending ? t('saving') : t('save')}
          </button>
          <AutosaveStatus savedAt={autosave.savedAt} failure={autosave.failure} />
        </div>
      </form>
    </FormProvider>
  );
}
