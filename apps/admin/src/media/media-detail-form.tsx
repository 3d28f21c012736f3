import { type Media, defaultLocales, isAppError } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Controller, get, useForm } from 'react-hook-form';
import { api } from '../api/api-client.js';
import { placeIssues } from '../article/article-form-values.js';
import { useLocale } from '../locale/locale-context.js';
import { FocalPointField } from './focal-point-field.js';
import { renditionFor } from './media-grid.js';
import { type MediaFormValues, mediaFormValuesOf, mediaResolver, updateMediaInputOf } from './media-form-values.js';
import { refusalText } from './use-upload-queue.js';

const textFields = defaultLocales.flatMap((locale) => [`alt.${locale}`, `caption.${locale}`]);

/** A media item's description, checked live by core's update schema and saved against the version it was read at. */
export function MediaDetailForm({ media, onSaved }: { media: Media; onSaved: (media: Media) => void }) {
  const { t } = useLocale();
  const ids = useId();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>();
  const { register, control, handleSubmit, formState, setError, reset } = useForm<MediaFormValues>({ mode: 'onTouched', resolver: mediaResolver(), defaultValues: mediaFormValuesOf(media) });

  const save = useMutation({
    mutationFn: (values: MediaFormValues) => api.updateMedia({ params: { id: media.id }, body: updateMediaInputOf(values), ifMatch: media.version }),
    onSuccess: (saved) => {
      setOutcome({ ok: true, text: t('mediaSaved', { filename: saved.filename }) });
      reset(mediaFormValuesOf(saved));
      onSaved(saved);
    },
    onError: (error) => {
      if (isAppError(error) && error.code === 'version-conflict') return setOutcome({ ok: false, text: t('mediaSavedElsewhere') });
      const { byField, unplaced } = placeIssues(isAppError(error) ? error.issues : [], [...textFields, 'credit', 'focalPoint', 'focalPoint.x', 'focalPoint.y']);
      for (const [field, detail] of byField) setError(field as never, { type: 'server', message: detail });
      setOutcome({ ok: false, text: t('mediaRefused', { message: unplaced.length > 0 ? unplaced.join(' ') : refusalText(error) }) });
    },
  });

  const errorOf = (name: string): string | undefined => {
    const found: unknown = get(formState.errors, name);
    return (found as { message?: string } | undefined)?.message;
  };
  const textField = (field: 'alt' | 'caption', locale: string) => {
    const name = `${field}.${locale}` as const;
    const id = `${ids}-${field}-${locale}`;
    const error = errorOf(name);
    const describedBy = [field === 'alt' ? `${ids}-alt-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return (
      <div className="field" key={name}>
        <label htmlFor={id}>{t(field === 'alt' ? 'mediaAltFor' : 'mediaCaptionFor', { locale })}</label>
        <input id={id} lang={locale} {...register(name)} {...(describedBy ? { 'aria-describedby': describedBy } : {})} {...(error ? { 'aria-invalid': true } : {})} />
        {error && (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        )}
      </div>
    );
  };
  const creditError = errorOf('credit');
  const focalError = errorOf('focalPoint') ?? errorOf('focalPoint.x') ?? errorOf('focalPoint.y');

  return (
    <form className="media-form" noValidate onSubmit={(event) => void handleSubmit((values) => save.mutate(values))(event)}>
      <fieldset>
        <legend>{t('mediaAltLegend')}</legend>
        <p id={`${ids}-alt-hint`} className="field__hint">
          {t('mediaAltHint')}
        </p>
        {defaultLocales.map((locale) => textField('alt', locale))}
      </fieldset>
      <fieldset>
        <legend>{t('mediaCaptionLegend')}</legend>
        {defaultLocales.map((locale) => textField('caption', locale))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${ids}-credit`}>{t('mediaCredit')}</label>
        <input id={`${ids}-credit`} {...register('credit')} {...(creditError ? { 'aria-invalid': true, 'aria-describedby': `${ids}-credit-error` } : {})} />
        {creditError && (
          <p id={`${ids}-credit-error`} className="field__error">
            {creditError}
          </p>
        )}
      </div>
      {media.kind === 'image' && (
        <Controller control={control} name="focalPoint" render={({ field }) => <FocalPointField src={renditionFor(media, 640)} width={media.width} height={media.height} value={field.value} onChange={field.onChange} error={focalError} />} />
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('mediaSave')}
        </button>
      </div>
      <p role="status" className="outcome">
        {outcome?.ok === true ? outcome.text : ''}
      </p>
      <p role="alert" className="outcome outcome--refused">
        {outcome?.ok === false ? outcome.text : ''}
      </p>
    </form>
  );
}
