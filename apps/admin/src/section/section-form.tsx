import { type Section, type SectionNode, defaultLocales, isAppError } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { get, useForm } from 'react-hook-form';
import { api } from '../api/api-client.js';
import { placeIssues } from '../article/article-form-values.js';
import { useLocale } from '../locale/locale-context.js';
import { type SectionFormValues, createSectionInputOf, flattenSections, parentOptions, sectionFormValuesOf, sectionResolver, updateSectionInputOf } from './section-form-values.js';

interface SectionFormProps {
  tree: readonly SectionNode[];
  /** The section to change; a new one when absent. */
  section?: Section | undefined;
  onSaved: (section: Section) => void;
  onCancel?: () => void;
}

const fields = ['slug', 'parent', 'name', ...defaultLocales.map((locale) => `name.${locale}`)];

/** A section's slug, parent and name in each locale, checked by core's schema; the API's refusals shown by field. */
export function SectionForm({ tree, section, onSaved, onCancel }: SectionFormProps) {
  const { t, locale } = useLocale();
  const ids = useId();
  const [refusal, setRefusal] = useState('');
  const mode = section ? 'update' : 'create';
  const { register, handleSubmit, formState, setError, reset } = useForm<SectionFormValues>({
    mode: 'onTouched',
    resolver: sectionResolver(mode),
    defaultValues: sectionFormValuesOf(section, flattenSections(tree)),
  });

  const save = useMutation({
    mutationFn: (values: SectionFormValues) =>
      section ? api.updateSection({ params: { id: section.id }, body: updateSectionInputOf(values), ifMatch: section.version }) : api.createSection({ body: createSectionInputOf(values) }),
    onSuccess: (saved) => {
      if (!section) reset();
      onSaved(saved);
    },
    onError: (error) => {
      if (!isAppError(error)) return setRefusal(String(error));
      const { byField, unplaced } = placeIssues(error.issues, fields);
      for (const [field, detail] of byField) setError(field as never, { type: 'server', message: detail });
      setRefusal(t('sectionRefused', { message: error.code === 'version-conflict' ? t('sectionSavedElsewhere') : [error.message, ...unplaced].join(' ') }));
    },
  });

  const errorOf = (name: string): string | undefined => {
    const found: unknown = get(formState.errors, name);
    return (found as { message?: string } | undefined)?.message;
  };
  const invalid = (id: string, error: string | undefined) => (error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});
  const fieldError = (id: string, error: string | undefined) =>
    error && (
      <p id={`${id}-error`} className="field__error">
        {error}
      </p>
    );
  const slugError = errorOf('slug');
  const parentError = errorOf('parent');
  const namesError = errorOf('name');

  return (
    <form className="section-form" noValidate onSubmit={(event) => void handleSubmit((values) => { setRefusal(''); save.mutate(values); })(event)}>
      <div className="field">
        <label htmlFor={`${ids}-slug`}>{t('sectionSlug')}</label>
        <input id={`${ids}-slug`} {...register('slug')} {...invalid(`${ids}-slug`, slugError)} />
        {fieldError(`${ids}-slug`, slugError)}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-parent`}>{t('sectionParent')}</label>
        <select id={`${ids}-parent`} {...register('parent')} {...invalid(`${ids}-parent`, parentError)}>
          <option value="">{t('sectionTopLevel')}</option>
          {parentOptions(tree, section?.id, locale).map((option) => (
            <option key={option.slug} value={option.slug}>
              {option.label}
            </option>
          ))}
        </select>
        {fieldError(`${ids}-parent`, parentError)}
      </div>
      <fieldset className="section-form__names" {...(namesError ? { 'aria-describedby': `${ids}-names-error` } : {})}>
        <legend>{t('sectionNames')}</legend>
        {defaultLocales.map((code) => {
          const error = errorOf(`name.${code}`);
          return (
            <div className="field" key={code}>
              <label htmlFor={`${ids}-name-${code}`}>{t('sectionNameFor', { locale: code })}</label>
              <input id={`${ids}-name-${code}`} lang={code} {...register(`name.${code}`)} {...invalid(`${ids}-name-${code}`, error)} />
              {fieldError(`${ids}-name-${code}`, error)}
            </div>
          );
        })}
        {fieldError(`${ids}-names`, namesError)}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t(section ? 'sectionSave' : 'sectionCreate')}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('sectionCancel')}
          </button>
        )}
      </div>
      <p role="alert" className="outcome outcome--refused">
        {refusal}
      </p>
    </form>
  );
}
