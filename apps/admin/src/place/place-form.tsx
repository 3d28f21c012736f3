import { type RevisionSummary, type Site, SiteKindSchema, UpdateSiteInputSchema, isAppError } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { api } from '../api/api-client.js';
import { UnsavedChangesGuard } from '../article/unsaved-changes-guard.js';
import { AutosaveStatus } from '../editing/autosave-status.js';
import { changedFieldsOf, everythingIn } from '../editing/changed-fields.js';
import { ConflictPanel } from '../editing/conflict-panel.js';
import { useServerAutosave } from '../editing/use-server-autosave.js';
import { ErrorSummary } from '../editing/error-summary.js';
import { FormField } from '../editing/form-field.js';
import { fieldError } from '../editing/field-error.js';
import { useLocale } from '../locale/locale-context.js';
import { CoordinatesField } from './coordinates-field.js';
import { KindFieldInputs } from './kind-field-inputs.js';
import { OpeningHoursField } from './opening-hours-field.js';
import { conflictingPlaceFields } from './place-conflict-changes.js';
import { type PlaceFormValues, createPlaceInputOf, emptyPlaceText, newPlaceValues, placeFormValuesOf, placePlaceIssues, placeResolver, updatePlaceInputOf } from './place-form-values.js';
import { PlaceImagesField } from './place-images-field.js';
import { kindFieldsOf } from './place-kind-fields.js';
import { PlaceTextFields } from './place-text-fields.js';
import { kindLabel, placeRegions, regionLabel } from './place-words.js';

interface PlaceFormProps {
  place: Site | undefined;
  onSaved: (place: Site) => void;
  /** A draft saved itself: the page keeps the new version without starting the form again. */
  onAutosaved: (place: Site) => void;
  onDirtyChange: (dirty: boolean) => void;
}

interface Conflict {
  theirs: Site;
  latest: RevisionSummary | undefined;
}

const isBlank = (text: PlaceFormValues['translations'][string]) => text.name.trim() === '' && text.summary.trim() === '' && text.address.trim() === '' && text.description.content.length === 0;

/** A place's fields, checked live by core's schemas (the kind's own fields switching with the kind), saved by version. */
export function PlaceForm({ place, onSaved, onAutosaved, onDirtyChange }: PlaceFormProps) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const ids = { kindHeading: useId() };
  const saved = place ? placeFormValuesOf(place) : undefined;
  const [textLocale, setTextLocale] = useState(() => Object.keys(saved?.translations ?? {})[0] ?? 'en');
  const [summary, setSummary] = useState<string[]>([]);
  const [conflict, setConflict] = useState<Conflict | undefined>();
  // The version this form's edits build on: the one it opened with, then each of its own autosaves.
  const [ownVersion, setOwnVersion] = useState(place?.version ?? null);
  const saving = useRef(false);
  const form = useForm<PlaceFormValues>({ mode: 'onTouched', resolver: placeResolver(place ? 'update' : 'create'), defaultValues: saved ?? newPlaceValues(textLocale) });
  const { register, control, handleSubmit, formState, reset, getValues, setValue, setError } = form;
  const kind = useWatch({ control, name: 'kind' });
  const kindFields = kindFieldsOf(kind);

  useEffect(() => onDirtyChange(formState.isDirty), [formState.isDirty, onDirtyChange]);

  const save = useMutation({
    mutationFn: ({ values, baseVersion, everything }: { values: PlaceFormValues; baseVersion: number | undefined; everything: boolean }) => {
      if (!place) return api.createSite({ body: createPlaceInputOf(values) });
      const changed = everything ? everythingIn(values) : changedFieldsOf(formState.dirtyFields);
      return api.updateSite({ params: { id: place.id }, body: updatePlaceInputOf(values, changed), ifMatch: baseVersion });
    },
    onMutate: () => {
      saving.current = true;
    },
    onSettled: () => {
      saving.current = false;
    },
    onSuccess: async (result) => {
      if (!place) {
        reset(getValues());
        await navigate(`/places/${result.id}`, { replace: true });
      }
      onSaved(result);
    },
    onError: async (error) => {
      if (!isAppError(error)) return setSummary([String(error)]);
      if (error.code === 'version-conflict' && place) return openConflict(place.id);
      const { byField, unplaced } = placePlaceIssues(error.issues, getValues());
      for (const [field, detail] of byField) setError(field as never, { type: 'server', message: detail });
      setSummary(error.issues.length === 0 ? [error.message] : unplaced);
    },
  });

  async function openConflict(id: string) {
    const [theirs, history] = await Promise.all([api.getStaffSite({ params: { id } }), api.listSiteRevisions({ params: { id }, query: { limit: 1 } }).catch(() => undefined)]);
    setConflict({ theirs, latest: history?.items[0] });
  }

  const autosave = useServerAutosave({
    form,
    item: place,
    baseVersion: ownVersion,
    paused: conflict !== undefined || save.isPending,
    isValid: (values) => UpdateSiteInputSchema.safeParse(updatePlaceInputOf(values, everythingIn(values))).success,
    send: (current, values, dirty, version) => api.updateSite({ params: { id: current.id }, body: updatePlaceInputOf(values, changedFieldsOf(dirty)), ifMatch: version }),
    onSaved: (result, sent) => {
      setOwnVersion(result.version);
      // What was sent is now the baseline; edits typed while it travelled stay dirty and wait for the next pause.
      if (JSON.stringify(getValues()) === JSON.stringify(sent)) reset(sent, { keepValues: true });
      onAutosaved(result);
    },
    onConflict: () => void (place && openConflict(place.id)),
  });

  function submit(values: PlaceFormValues, everything = false, basedOn = ownVersion ?? undefined) {
    setSummary([]);
    save.mutate({ values, baseVersion: basedOn, everything });
  }

  function chooseLocale(next: string) {
    // A language opened and left blank is not a translation, so it is not kept to fail validation.
    const kept = Object.fromEntries(Object.entries(getValues('translations')).filter(([code, text]) => code === next || saved?.translations[code] !== undefined || !isBlank(text)));
    setValue('translations', { ...kept, ...(kept[next] ? {} : { [next]: emptyPlaceText() }) });
    setTextLocale(next);
  }

  const errorOf = (name: string) => fieldError(formState.errors, name);

  return (
    <form className="article-form place-form" noValidate onSubmit={(event) => void handleSubmit((values) => submit(values), () => setSummary([t('fixErrors')]))(event)}>
      <UnsavedChangesGuard when={formState.isDirty} mayLeave={() => saving.current || !form.formState.isDirty} onDiscard={() => undefined} />
      <ErrorSummary lines={summary} />
      {conflict && (
        <ConflictPanel
          theirs={conflict.theirs}
          latest={conflict.latest}
          fields={conflictingPlaceFields(conflict.theirs, getValues())}
          onReload={() => onSaved(conflict.theirs)}
          onKeepMine={() => {
            const theirs = conflict.theirs;
            setConflict(undefined);
            submit(getValues(), true, theirs.version);
          }}
        />
      )}
      <FormField label={t('placeKind')} error={errorOf('kind')}>
        {(controlProps) => (
          <select {...controlProps} {...register('kind')}>
            {SiteKindSchema.options.map((option) => (
              <option key={option} value={option}>
                {kindLabel(t, option)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <PlaceTextFields form={form} textLocale={textLocale} onLocaleChange={chooseLocale} />
      {kindFields.length > 0 && (
        <section className="panel place-section" aria-labelledby={ids.kindHeading}>
          <h2 id={ids.kindHeading}>{t('placeKindFieldsHeading', { kind: kindLabel(t, kind) })}</h2>
          <KindFieldInputs fields={kindFields} form={form} />
        </section>
      )}
      <FormField label={t('placeSlug')} hint={t('placeSlugHint')} error={errorOf('slug')}>
        {(controlProps) => <input {...controlProps} {...register('slug')} />}
      </FormField>
      <FormField label={t('placeRegion')} error={errorOf('region')}>
        {(controlProps) => (
          <select {...controlProps} {...register('region')}>
            {[...new Set([...placeRegions, ...(saved ? [saved.region] : [])])].map((region) => (
              <option key={region} value={region}>
                {regionLabel(t, region)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('placeDistrict')} error={errorOf('district')}>
        {(controlProps) => <input {...controlProps} {...register('district')} />}
      </FormField>
      <CoordinatesField form={form} />
      <OpeningHoursField form={form} />
      <section className="panel place-section" aria-labelledby={`${ids.kindHeading}-contacts`}>
        <h2 id={`${ids.kindHeading}-contacts`}>{t('placeContactsHeading')}</h2>
        <FormField label={t('placePhones')} hint={t('placePhonesHint')} error={errorOf('phones')}>
          {(controlProps) => <textarea {...controlProps} rows={2} {...register('phones')} />}
        </FormField>
        <FormField label={t('placeEmail')} error={errorOf('email')}>
          {(controlProps) => <input {...controlProps} type="email" {...register('email')} />}
        </FormField>
        <FormField label={t('placeWebsite')} error={errorOf('website')}>
          {(controlProps) => <input {...controlProps} type="url" {...register('website')} />}
        </FormField>
      </section>
      <Controller
        control={control}
        name="image"
        render={({ field: image }) => (
          <Controller
            control={control}
            name="gallery"
            render={({ field: gallery }) => <PlaceImagesField image={image.value} gallery={gallery.value} onImageChange={image.onChange} onGalleryChange={gallery.onChange} />}
          />
        )}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending || autosave.isSaving}>
          {save.isPending ? t('saving') : t('save')}
        </button>
        <AutosaveStatus savedAt={autosave.savedAt} failure={autosave.failure} />
      </div>
    </form>
  );
}
