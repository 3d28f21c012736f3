import { useId, useMemo } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useLocale } from '../locale/locale-context.js';
import { knownTimeZones } from './zoned-moment.js';

/** The session's IANA zone, typed with suggestions from every zone the browser knows, and its offset now. */
export function ZonePicker({ value, error, registration }: { value: string; error: string | undefined; registration: UseFormRegisterReturn }) {
  const { t, locale } = useLocale();
  const id = useId();
  const zones = useMemo(knownTimeZones, []);
  let offset: string;
  try {
    offset = new Intl.DateTimeFormat(locale, { timeZone: value, timeZoneName: 'longOffset' }).formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    offset = ''; // a zone still being typed has no offset yet; core's schema says what is wrong on save
  }
  const described = [offset && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{t('eventTimeZone')}</label>
      <input id={id} list={`${id}-zones`} autoComplete="off" spellCheck={false} {...registration} {...(error ? { 'aria-invalid': true } : {})} {...(described ? { 'aria-describedby': described } : {})} />
      <datalist id={`${id}-zones`}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {offset && (
        <p id={`${id}-hint`} className="field__hint">
          {t('eventZoneNow', { offset })}
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
