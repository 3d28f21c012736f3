import { defaultLocales } from '@kraina/core';
import { useId } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { RichTextEditor } from '../article/rich-text-editor.js';
import { fieldError } from '../editing/field-error.js';
import { FormField } from '../editing/form-field.js';
import { useLocale } from '../locale/locale-context.js';
import type { PlaceFormValues } from './place-form-values.js';

interface PlaceTextFieldsProps {
  form: UseFormReturn<PlaceFormValues>;
  textLocale: string;
  onLocaleChange: (locale: string) => void;
}

/** One locale's name, summary, address and description of a place, with the language chosen above them. */
export function PlaceTextFields({ form, textLocale, onLocaleChange }: PlaceTextFieldsProps) {
  const { t } = useLocale();
  const ids = { heading: useId(), locale: useId(), description: useId() };
  const errorOf = (name: string) => fieldError(form.formState.errors, name);
  const at = (field: string) => `translations.${textLocale}.${field}` as const;
  const descriptionError = errorOf(at('description'));

  return (
    <section className="panel place-section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('placeTextHeading')}</h2>
      <div className="field">
        <label htmlFor={ids.locale}>{t('placeTextLocale')}</label>
        <select id={ids.locale} value={textLocale} onChange={(event) => onLocaleChange(event.target.value)}>
          {defaultLocales.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </div>
      <FormField key={`name-${textLocale}`} label={t('placeName')} error={errorOf(at('name'))}>
        {(control) => <input {...control} lang={textLocale} {...form.register(`translations.${textLocale}.name`)} />}
      </FormField>
      <FormField key={`summary-${textLocale}`} label={t('placeSummary')} error={errorOf(at('summary'))}>
        {(control) => <textarea {...control} lang={textLocale} rows={2} {...form.register(`translations.${textLocale}.summary`)} />}
      </FormField>
      <FormField key={`address-${textLocale}`} label={t('placeAddress')} error={errorOf(at('address'))}>
        {(control) => <input {...control} lang={textLocale} {...form.register(`translations.${textLocale}.address`)} />}
      </FormField>
      <div className="field">
        <span className="field__label" id={ids.description}>
          {t('placeDescription')}
        </span>
        <Controller
          control={form.control}
          name={`translations.${textLocale}.description`}
          render={({ field }) => (
            <RichTextEditor
              key={textLocale}
              labelId={ids.description}
              {...(descriptionError ? { errorId: `${ids.description}-error` } : {})}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              lang={textLocale}
            />
          )}
        />
        {descriptionError && (
          <p id={`${ids.description}-error`} className="field__error">
            {descriptionError}
          </p>
        )}
      </div>
    </section>
  );
}
