import type { RevisionChange, RichText } from '@kraina/core';
import { useId } from 'react';
import { type Control, Controller, type UseFormRegister } from 'react-hook-form';
import { RichTextEditor } from '../article/rich-text-editor.js';
import { fieldText } from '../history/field-text.js';
import { useLocale } from '../locale/locale-context.js';
import type { TextField } from './translatable-kinds.js';
import type { TranslationFormValues } from './translation-values.js';

interface TranslationFieldProps {
  field: TextField;
  label: string;
  source: { locale: string; language: string; value: unknown };
  target: { locale: string; language: string };
  stale: boolean;
  /** How the source field changed since the translation was made, when the history tells. */
  sourceChanges: readonly RevisionChange[];
  error: string | undefined;
  control: Control<TranslationFormValues>;
  register: UseFormRegister<TranslationFormValues>;
}

/** One field side by side: the source text to read on the left, the translation to write on the right. */
export function TranslationField({ field, label, source, target, stale, sourceChanges, error, control, register }: TranslationFieldProps) {
  const { t } = useLocale();
  const ids = { heading: useId(), source: useId(), input: useId(), error: useId() };
  const name = `translations.${target.locale}.${field.name}` as const;
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': ids.error } : {};
  const sourceText = fieldText(source.value) ?? '';

  return (
    <section className="panel" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>
        {label}
        {stale ? ` (${t('translationStaleMark')})` : ''}
      </h2>
      {stale && (
        <div className="notice">
          <p>{t('translationStale', { language: source.language })}</p>
          {sourceChanges.length > 0 && (
            <ul lang={source.locale}>
              {sourceChanges.map((change) => (
                <li key={change.pointer + change.kind}>
                  {change.before !== undefined && change.before !== null && <><strong>{t('translationSourceWas')}</strong> <del>{change.before}</del> </>}
                  {change.after !== undefined && change.after !== null && <><strong>{t('translationSourceNow')}</strong> <ins>{change.after}</ins></>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="panels">
        <div className="field">
          <span className="field__label" id={ids.source}>{t('translationSourceSide', { language: source.language })}</span>
          <div lang={source.locale} aria-labelledby={ids.source} role="group">
            {sourceText === '' ? <p>{t('translationSourceEmpty')}</p> : sourceText.split('\n\n').map((paragraph, index) => <p key={index}>{paragraph}</p>)}
          </div>
        </div>
        <div className="field">
          {field.shape === 'rich' ? (
            <>
              <span className="field__label" id={ids.input}>{t('translationTargetSide', { field: label, language: target.language })}</span>
              <Controller
                control={control}
                name={name}
                render={({ field: controlled }) => (
                  <RichTextEditor labelId={ids.input} {...(error ? { errorId: ids.error } : {})} value={controlled.value as RichText} onChange={controlled.onChange} onBlur={controlled.onBlur} lang={target.locale} />
                )}
              />
            </>
          ) : (
            <>
              <label htmlFor={ids.input}>{t('translationTargetSide', { field: label, language: target.language })}</label>
              {field.shape === 'line' ? (
                <input id={ids.input} lang={target.locale} {...register(name)} {...invalid} />
              ) : (
                <textarea id={ids.input} lang={target.locale} rows={3} {...register(name)} {...invalid} />
              )}
            </>
          )}
          {error && <p id={ids.error} className="field__error">{error}</p>}
        </div>
      </div>
    </section>
  );
}
