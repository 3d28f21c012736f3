import { EventScheduleSchema, type Occurrence, describeRecurrence, expandOccurrences } from '@kraina/core';
import { useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useLocale } from '../locale/locale-context.js';
import { type EventFormValues, sessionInputOf } from './event-form-values.js';
import { messageAt } from './message-at.js';
import { weekdayCodes, weekdayOf } from './recurrence-builder.js';

const frequencies = [
  ['none', 'eventRepeatNone'],
  ['DAILY', 'eventRepeatDaily'],
  ['WEEKLY', 'eventRepeatWeekly'],
  ['MONTHLY', 'eventRepeatMonthly'],
  ['YEARLY', 'eventRepeatYearly'],
] as const;

/** The next `count` occurrences of one session from now, or none while the session is not yet valid. */
function nextOccurrences(session: ReturnType<typeof sessionInputOf>, count: number): Occurrence[] {
  const schedule = EventScheduleSchema.safeParse([session]);
  if (!schedule.success) return [];
  const now = new Date();
  const inTenYears = new Date(now.getTime() + 10 * 366 * 86_400_000);
  return expandOccurrences(schedule.data, { from: now.toISOString(), to: inTenYears.toISOString() }, { limit: count });
}

/**
 * How one session repeats: frequency, interval, weekdays or the nth weekday of the month, and how it ends; the rule
 * in words, the next five occurrences as core computes them (each can be skipped), and the skipped dates.
 */
export function RecurrenceFields({ index }: { index: number }) {
  const { t, locale } = useLocale();
  const { register, setValue, getValues, formState } = useFormContext<EventFormValues>();
  const session = useWatch<EventFormValues, `schedule.${number}`>({ name: `schedule.${index}` });
  const ids = { frequency: useId(), interval: useId(), count: useId(), until: useId(), custom: useId(), skip: useId(), words: useId() };
  const [skipDay, setSkipDay] = useState('');
  const base = `schedule.${index}` as const;
  const repeat = session.repeat;
  const input = sessionInputOf(session);
  const ruleError = messageAt(formState.errors, `${base}.rrule`);
    const words = describeRecurrence(input, locale);
  const upcoming = input.rrule === undefined ? [] : nextOccurrences(input, 5);
  const weekdayName = (position: number) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + position));
  const whenOf = (occurrence: Occurrence) =>
    occurrence.allDay
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(Date.parse(`${occurrence.localDate}T00:00:00Z`))
      : new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: occurrence.timeZone }).format(Date.parse(occurrence.startsAt));
  // An EXDATE is written like start: a day when all day, else the occurrence's own wall-clock start.
  const exdateOf = (occurrence: Occurrence) => (occurrence.allDay ? occurrence.localDate : occurrence.start.slice(0, 16));

  function skip(exdate: string) {
    const current = getValues(`${base}.exdates`);
    if (!current.includes(exdate)) setValue(`${base}.exdates`, [...current, exdate].sort(), { shouldDirty: true, shouldValidate: formState.isSubmitted });
  }
  function unskip(exdate: string) {
    setValue(`${base}.exdates`, getValues(`${base}.exdates`).filter((day) => day !== exdate), { shouldDirty: true });
  }

  return (
    <fieldset className="recurrence">
      <legend>{t('eventRepeat')}</legend>
      {repeat.custom !== '' ? (
        <div className="field">
          <label htmlFor={ids.custom}>{t('eventCustomRule')}</label>
          <input id={ids.custom} {...register(`${base}.repeat.custom`)} />
          <button type="button" className="button button--quiet" onClick={() => setValue(`${base}.repeat.custom`, '', { shouldDirty: true })}>
            {t('eventUseBuilder')}
          </button>
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor={ids.frequency}>{t('eventFrequency')}</label>
            <select
              id={ids.frequency}
              {...register(`${base}.repeat.frequency`, {
                // Weekly starts on the first occurrence's own weekday, so "every week" means what the start says.
                onChange: (event: { target: { value: string } }) => {
                  const start = getValues(`${base}.start`);
                  if (event.target.value === 'WEEKLY' && start.length >= 10 && getValues(`${base}.repeat.weekdays`).length === 0) setValue(`${base}.repeat.weekdays`, [weekdayOf(start)]);
                },
              })}
            >
              {frequencies.map(([value, label]) => (
                <option key={value} value={value}>
                  {t(label)}
                </option>
              ))}
            </select>
          </div>
          {repeat.frequency !== 'none' && (
            <div className="field">
              <label htmlFor={ids.interval}>{t('eventInterval')}</label>
              <input id={ids.interval} type="number" min={1} {...register(`${base}.repeat.interval`, { valueAsNumber: true })} />
            </div>
          )}
          {repeat.frequency === 'WEEKLY' && (
            <fieldset>
              <legend>{t('eventWeekdays')}</legend>
              {weekdayCodes.map((code, position) => (
                <label key={code} className="checkbox">
                  <input type="checkbox" value={code} {...register(`${base}.repeat.weekdays`)} /> {weekdayName(position)}
                </label>
              ))}
            </fieldset>
          )}
          {repeat.frequency === 'MONTHLY' && (
            <fieldset>
              <legend>{t('eventMonthlyBy')}</legend>
              {(['day', 'nth', 'last'] as const).map((by) => (
                <label key={by} className="checkbox">
                  <input type="radio" value={by} {...register(`${base}.repeat.monthlyBy`)} />{' '}
                  {t(by === 'day' ? 'eventMonthlySameDay' : by === 'nth' ? 'eventMonthlyNthWeekday' : 'eventMonthlyLastWeekday')}
                </label>
              ))}
            </fieldset>
          )}
          {repeat.frequency !== 'none' && (
            <fieldset>
              <legend>{t('eventEnds')}</legend>
              <label className="checkbox">
                <input type="radio" value="never" {...register(`${base}.repeat.ends`)} /> {t('eventEndsNever')}
              </label>
              <label className="checkbox">
                <input type="radio" value="count" {...register(`${base}.repeat.ends`)} /> {t('eventEndsAfter')}
              </label>
              {repeat.ends === 'count' && (
                <div className="field">
                  <label htmlFor={ids.count}>{t('eventEndsCount')}</label>
                  <input id={ids.count} type="number" min={1} {...register(`${base}.repeat.count`, { valueAsNumber: true })} />
                </div>
              )}
              <label className="checkbox">
                <input type="radio" value="until" {...register(`${base}.repeat.ends`)} /> {t('eventEndsOn')}
              </label>
              {repeat.ends === 'until' && (
                <div className="field">
                  <label htmlFor={ids.until}>{t('eventEndsUntil')}</label>
                  <input id={ids.until} type="date" {...register(`${base}.repeat.until`)} />
                </div>
              )}
            </fieldset>
          )}
        </>
      )}
      {ruleError && <p className="field__error">{ruleError}</p>}
      {words && (
        <p className="recurrence__words" id={ids.words}>
          <strong>{words}</strong>
        </p>
      )}
      {upcoming.length > 0 && (
        <section aria-labelledby={`${ids.words}-next`}>
          <h3 id={`${ids.words}-next`}>{t('eventNextOccurrences')}</h3>
          <ol className="recurrence__next">
            {upcoming.map((occurrence) => (
              <li key={occurrence.startsAt}>
                <time dateTime={occurrence.start}>{whenOf(occurrence)}</time>{' '}
                <button type="button" className="button button--quiet" onClick={() => skip(exdateOf(occurrence))}>
                  {t('eventSkipOccurrence', { when: whenOf(occurrence) })}
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
      {input.rrule !== undefined && (
        <div className="field">
          <label htmlFor={ids.skip}>{t('eventSkipDay')}</label>
          <input id={ids.skip} type="date" value={skipDay} onChange={(event) => setSkipDay(event.target.value)} />
          <button
            type="button"
            className="button button--quiet"
            disabled={skipDay === ''}
            onClick={() => {
              skip(session.allDay ? skipDay : `${skipDay}T${session.start.slice(11, 16)}`);
              setSkipDay('');
            }}
          >
            {t('eventAddSkip')}
          </button>
        </div>
      )}
      {session.exdates.length > 0 && (
        <>
          <p>{t('eventSkipped')}</p>
          <ul>
            {session.exdates.map((exdate, position) => (
              <li key={exdate}>
                {exdate.replace('T', ' ')}{' '}
                <button type="button" className="button button--quiet" onClick={() => unskip(exdate)}>
                  {t('eventUnskip', { when: exdate.replace('T', ' ') })}
                </button>
                {messageAt(formState.errors, `${base}.exdates.${position}`) && <span className="field__error"> {messageAt(formState.errors, `${base}.exdates.${position}`)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
