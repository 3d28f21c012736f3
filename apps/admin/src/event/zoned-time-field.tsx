import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useLocale } from '../locale/locale-context.js';
import { ownTimeZone, readWallClock } from './zoned-moment.js';

interface ZonedTimeFieldProps {
  label: string;
  /** The field's current text, to say what moment it is. */
  value: string;
  allDay: boolean;
  timeZone: string;
  error: string | undefined;
  registration: UseFormRegisterReturn;
}

/**
 * A start or end as the wall clock at the event reads it: a date and time in the session's zone (a date when all
 * day), with the offset that applies then, the same moment on the editor's own clock, and a plain warning when
 * the clocks skip or repeat that time.
 */
export function ZonedTimeField({ label, value, allDay, timeZone, error, registration }: ZonedTimeFieldProps) {
  const { t, locale } = useLocale();
  const id = useId();
  const moment = allDay ? undefined : readWallClock(value, timeZone);
  const here = ownTimeZone();
  let hint = '';
  let warning = '';
  if (moment?.kind === 'gap') warning = t('eventTimeSkipped', { zone: timeZone, movedTo: moment.movedTo.replace('T', ' ') });
  else if (moment) {
    const mine = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: here }).format(moment.instant.epochMilliseconds);
    hint = t('eventTimeOffset', { offset: moment.offset, zone: here, time: mine });
    if (moment.kind === 'overlap') warning = t('eventTimeRepeated', { zone: timeZone, offset: moment.offset, laterOffset: moment.laterOffset });
  }
  const described = [hint && `${id}-hint`, warning && `${id}-warning`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={allDay ? 'date' : 'datetime-local'}
        {...registration}
        {...(error ? { 'aria-invalid': true } : {})}
        {...(described ? { 'aria-describedby': described } : {})}
      />
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {warning && (
        <p id={`${id}-warning`} className="field__error">
          {warning}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
