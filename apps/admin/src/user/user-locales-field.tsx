import { defaultLocales } from '@kraina/core';
import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useLocale } from '../locale/locale-context.js';

/** The locales a translator may edit, as checkboxes; shown only for translators, the one role they limit. */
export function UserLocalesField({ registration, error }: { registration: UseFormRegisterReturn; error: string | undefined }) {
  const { t } = useLocale();
  const id = useId();
  return (
    <fieldset className="field" aria-describedby={error ? `${id}-error` : `${id}-hint`}>
      <legend className="field__label">{t('userLocales')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('userLocalesHint')}
      </p>
      {defaultLocales.map((code) => (
        <label key={code} className="checkbox">
          <input type="checkbox" value={code} {...registration} {...(error ? { 'aria-invalid': true } : {})} /> {code}
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
