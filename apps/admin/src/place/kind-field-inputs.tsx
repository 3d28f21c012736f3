import { defaultLocales } from '@kraina/core';
import { useId } from 'react';
import { type UseFormReturn, get } from 'react-hook-form';
import { FormField } from '../editing/form-field.js';
import { useLocale } from '../locale/locale-context.js';
import type { PlaceFormValues } from './place-form-values.js';
import type { KindField } from './place-kind-fields.js';
import { fieldLabel, optionLabel } from './place-words.js';

interface KindFieldInputsProps {
  fields: readonly KindField[];
  form: UseFormReturn<PlaceFormValues>;
}

/** The controls of a kind's own fields, each chosen from its schema, with core's or the API's error beside it. */
export function KindFieldInputs({ fields, form }: KindFieldInputsProps) {
  return (
    <>
      {fields.map((field) => (
        <KindFieldInput key={field.path} field={field} form={form} />
      ))}
    </>
  );
}

function KindFieldInput({ field, form }: { field: KindField; form: UseFormReturn<PlaceFormValues> }) {
  const { t } = useLocale();
  const groupId = useId();
  const name = `own.${field.path}` as const;
  const found: unknown = get(form.formState.errors, name);
  const error = (found as { message?: string } | undefined)?.message;
  const label = fieldLabel(t, field.name);
  const register = (options?: { valueAsNumber?: boolean }) => form.register(name as 'own', options);

  switch (field.control) {
    case 'integer':
    case 'decimal':
      return (
        <FormField label={label} error={error}>
          {(control) => <input {...control} type="number" inputMode="decimal" step={field.control === 'integer' ? 1 : 'any'} min={field.min} max={field.max} {...register({ valueAsNumber: true })} />}
        </FormField>
      );
    case 'text':
      return <FormField label={label} error={error}>{(control) => <input {...control} type="text" {...register()} />}</FormField>;
    case 'select':
      return (
        <FormField label={label} error={error}>
          {(control) => (
            <select {...control} {...register()}>
              <option value="">{t('placeNotSet')}</option>
              {field.options.map((option) => (
                <option key={option} value={option}>
                  {optionLabel(t, field.name, option)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      );
    case 'checkbox':
      return (
        <div className="field field--inline">
          <label>
            <input type="checkbox" {...register()} /> {label}
          </label>
          {error && <p className="field__error">{error}</p>}
        </div>
      );
    case 'choices':
    case 'localized':
    case 'group':
      return (
        <fieldset className="place-fieldset" {...(error ? { 'aria-describedby': `${groupId}-error` } : {})}>
          <legend>{label}</legend>
          {error && (
            <p id={`${groupId}-error`} className="field__error">
              {error}
            </p>
          )}
          {field.control === 'choices' &&
            field.options.map((option) => (
              <label key={option} className="place-choice">
                <input type="checkbox" value={option} {...register()} /> {optionLabel(t, field.name, option)}
              </label>
            ))}
          {field.control === 'localized' &&
            defaultLocales.map((locale) => (
              <LocalizedInput key={locale} form={form} name={`${name}.${locale}`} label={t('placeFieldIn', { field: label, locale })} lang={locale} />
            ))}
          {field.control === 'group' && <KindFieldInputs fields={field.fields} form={form} />}
        </fieldset>
      );
  }
}

function LocalizedInput({ form, name, label, lang }: { form: UseFormReturn<PlaceFormValues>; name: string; label: string; lang: string }) {
  const found: unknown = get(form.formState.errors, name);
  const error = (found as { message?: string } | undefined)?.message;
  return <FormField label={label} error={error}>{(control) => <input {...control} type="text" lang={lang} {...form.register(name as 'own')} />}</FormField>;
}
