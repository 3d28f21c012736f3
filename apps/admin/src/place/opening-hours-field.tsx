import { useId } from 'react';
import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { fieldError } from '../editing/field-error.js';
import { FormField } from '../editing/form-field.js';
import { useLocale } from '../locale/locale-context.js';
import type { PlaceFormValues } from './place-form-values.js';

const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** A weekday's name in the interface language; ISO counts Monday as 1, and 1 January 2024 was a Monday. */
function weekdayName(day: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, day));
}

/** The periods a place is open, one fieldset each: which weekdays, from when to when; added and removed with buttons. */
export function OpeningHoursField({ form }: { form: UseFormReturn<PlaceFormValues> }) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'openingPeriods' });
  const errorOf = (name: string) => fieldError(form.formState.errors, name);

  return (
    <section className="panel place-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('placeOpeningHeading')}</h2>
      {fields.length === 0 && <p>{t('placeOpeningNone')}</p>}
      {fields.map((period, index) => {
        const daysError = errorOf(`openingPeriods.${index}.days`);
        return (
          <fieldset key={period.id} className="place-fieldset">
            <legend>{t('placePeriod', { number: index + 1 })}</legend>
            <fieldset className="place-fieldset place-fieldset--plain">
              <legend>{t('placeDays')}</legend>
              {isoWeekdays.map((day) => (
                <label key={day} className="place-choice">
                  <input type="checkbox" value={String(day)} {...form.register(`openingPeriods.${index}.days`)} /> {weekdayName(day, locale)}
                </label>
              ))}
              {daysError && <p className="field__error">{daysError}</p>}
            </fieldset>
            <FormField label={t('placeOpens')} error={errorOf(`openingPeriods.${index}.opens`)}>
              {(control) => <input {...control} type="time" {...form.register(`openingPeriods.${index}.opens`)} />}
            </FormField>
            <FormField label={t('placeCloses')} error={errorOf(`openingPeriods.${index}.closes`)}>
              {(control) => <input {...control} type="time" {...form.register(`openingPeriods.${index}.closes`)} />}
            </FormField>
            <button type="button" className="button button--quiet" onClick={() => remove(index)}>
              {t('placeRemovePeriod', { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={() => append({ days: [], opens: '09:00', closes: '18:00' })}>
        {t('placeAddPeriod')}
      </button>
    </section>
  );
}
