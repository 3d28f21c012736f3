import { useFormContext, useWatch } from 'react-hook-form';
import { useLocale } from '../locale/locale-context.js';
import type { EventFormValues } from './event-form-values.js';
import { messageAt } from './message-at.js';
import { RecurrenceFields } from './recurrence-fields.js';
import { VenueFields } from './venue-fields.js';
import { ZonePicker } from './zone-picker.js';
import { ZonedTimeField } from './zoned-time-field.js';

interface SessionFieldsProps {
  index: number;
  count: number;
  textLocale: string;
  onCopy: () => void;
  onRemove: () => void;
}

/** One session of the schedule: its zone, start and end on that zone's clock, how it repeats, and where it is. */
export function SessionFields({ index, count, textLocale, onCopy, onRemove }: SessionFieldsProps) {
  const { t } = useLocale();
  const { register, formState, setValue, getValues } = useFormContext<EventFormValues>();
  const base = `schedule.${index}` as const;
  const session = useWatch<EventFormValues, `schedule.${number}`>({ name: base });
  const errorAt = (path: string) => messageAt(formState.errors, `${base}.${path}`);

  // Switching to all day keeps the days and drops the times (and back again adds the evening's), so no field
  // is left holding a value of the wrong kind for core's schema.
  const allDayField = register(`${base}.allDay`, {
    onChange: (event: { target: { checked: boolean } }) => {
      const allDay = event.target.checked;
      const retime = (value: string, time: string) => (allDay ? value.slice(0, 10) : value.length === 10 ? `${value}T${time}` : value);
      setValue(`${base}.start`, retime(getValues(`${base}.start`), '19:00'));
      setValue(`${base}.end`, retime(getValues(`${base}.end`), '21:00'));
      setValue(`${base}.exdates`, getValues(`${base}.exdates`).map((day) => retime(day, getValues(`${base}.start`).slice(11, 16))));
    },
  });

  return (
    <fieldset className="panel session">
      <legend>{t('eventSessionNumber', { number: index + 1, count })}</legend>
      <ZonePicker value={session.timeZone} error={errorAt('timeZone')} registration={register(`${base}.timeZone`)} />
      <label className="checkbox">
        <input type="checkbox" {...allDayField} /> {t('eventAllDay')}
      </label>
      <ZonedTimeField label={t(session.allDay ? 'eventStartDay' : 'eventStart')} value={session.start} allDay={session.allDay} timeZone={session.timeZone} error={errorAt('start')} registration={register(`${base}.start`)} />
      <ZonedTimeField label={t(session.allDay ? 'eventEndDay' : 'eventEnd')} value={session.end} allDay={session.allDay} timeZone={session.timeZone} error={errorAt('end')} registration={register(`${base}.end`)} />
      <RecurrenceFields index={index} />
      <VenueFields index={index} textLocale={textLocale} />
      <div className="workflow__actions">
        <button type="button" className="button button--quiet" onClick={onCopy}>
          {t('eventCopySession', { number: index + 1 })}
        </button>
        {count > 1 && (
          <button type="button" className="button button--quiet" onClick={onRemove}>
            {t('eventRemoveSession', { number: index + 1 })}
          </button>
        )}
      </div>
    </fieldset>
  );
}
