import { AlertLevelSchema, type SiteAlert, defaultLocales } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useState } from 'react';
import { api } from '../api/api-client.js';
import { ErrorSummary } from '../editing/error-summary.js';
import { fieldError } from '../editing/field-error.js';
import { FormField } from '../editing/form-field.js';
import { showServerIssues } from '../editing/server-issues.js';
import { useLocale } from '../locale/locale-context.js';
import { type AlertFormValues, alertFormValuesOf, alertInputOf, alertResolver, emptyAlertValues } from './alert-form-values.js';
import { alertLevelLabels } from './alert-labels.js';

interface AlertFormProps {
  alert?: SiteAlert | undefined;
  onSaved: (alert: SiteAlert) => void;
  onCancel?: () => void;
}

/** A banner's level, its text in each locale, an optional link and its schedule; changed at the version shown. */
export function AlertForm({ alert, onSaved, onCancel }: AlertFormProps) {
  const { t } = useLocale();
  const [summary, setSummary] = useState<string[]>([]);
  const { register, handleSubmit, formState, setError, reset } = useForm<AlertFormValues>({
    mode: 'onTouched',
    resolver: alertResolver(alert ? 'update' : 'create'),
    defaultValues: alert ? alertFormValuesOf(alert) : emptyAlertValues(new Date()),
  });
  const save = useMutation({
    mutationFn: (values: AlertFormValues) =>
      alert ? api.updateSiteAlert({ params: { id: alert.id }, body: alertInputOf(values), ifMatch: alert.version }) : api.createSiteAlert({ body: alertInputOf(values) }),
    onSuccess: (saved) => {
      if (!alert) reset(emptyAlertValues(new Date()));
      onSaved(saved);
    },
    onError: (error) => setSummary(showServerIssues(error, ['level', 'message', 'link', 'startsAt', 'endsAt', ...defaultLocales.map((code) => `message.${code}` as const)], setError)),
  });
  const errorOf = (name: string) => fieldError(formState.errors, name);

  return (
    <form
      className="article-form"
      noValidate
      onSubmit={(event) => {
        setSummary([]);
        void handleSubmit((values) => save.mutate(values))(event);
      }}
    >
      <ErrorSummary lines={summary} />
      <FormField label={t('alertLevel')} error={errorOf('level')}>
        {(control) => (
          <select {...control} {...register('level')}>
            {AlertLevelSchema.options.map((level) => (
              <option key={level} value={level}>
                {t(alertLevelLabels[level])}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset className="field">
        <legend className="field__label">{t('alertMessage')}</legend>
        <p className="field__hint">{t('alertMessageHint')}</p>
        {errorOf('message') && <p className="field__error">{errorOf('message')}</p>}
        {defaultLocales.map((code) => (
          <FormField key={code} label={t('alertMessageIn', { locale: code })} error={errorOf(`message.${code}`)}>
            {(control) => <textarea {...control} lang={code} rows={2} {...register(`message.${code}`)} />}
          </FormField>
        ))}
      </fieldset>
      <FormField label={t('alertLink')} hint={t('alertLinkHint')} error={errorOf('link')}>
        {(control) => <input {...control} {...register('link')} />}
      </FormField>
      <FormField label={t('alertStarts')} error={errorOf('startsAt')}>
        {(control) => <input type="datetime-local" {...control} {...register('startsAt')} />}
      </FormField>
      <FormField label={t('alertEnds')} hint={t('alertEndsHint')} error={errorOf('endsAt')}>
        {(control) => <input type="datetime-local" {...control} {...register('endsAt')} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('saving') : alert ? t('save') : t('alertCreate')}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('alertCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
