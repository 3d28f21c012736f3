import type { EditorialCalendarItem, EditorialCalendarItemType } from '@kraina/core';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { statusLabels } from '../article/status-labels.js';
import { useLocale } from '../locale/locale-context.js';
import type { MessageKey } from '../locale/messages.js';

const typeLabels: Record<EditorialCalendarItemType, MessageKey> = {
  publish: 'calendarTypePublish',
  unpublish: 'calendarTypeUnpublish',
  event: 'calendarTypeEvent',
  'alert-start': 'calendarTypeAlertStart',
  'alert-end': 'calendarTypeAlertEnd',
};

/** Where an item is edited; alerts have no screen of their own, only their list. */
export function editorPathOf(item: Pick<EditorialCalendarItem, 'content' | 'id'>): string {
  if (item.content === 'article') return `/articles/${item.id}`;
  if (item.content === 'event') return `/events/${item.id}`;
  if (item.content === 'site') return `/places/${item.id}`;
  return '/alerts';
}

interface CalendarItemEntryProps {
  item: EditorialCalendarItem;
  time: string;
  disabled: boolean;
  onDragStart: (item: EditorialCalendarItem) => void;
  onMove: (item: EditorialCalendarItem, day: string) => void;
}

/** One thing on a day: what happens and when, a link to its editor, and for a movable one both ways to move it. */
export function CalendarItemEntry({ item, time, disabled, onDragStart, onMove }: CalendarItemEntryProps) {
  const { t } = useLocale();
  const dayId = useId();
  const [choosing, setChoosing] = useState(false);
  const [day, setDay] = useState(item.day);
  const dayInput = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (choosing) dayInput.current?.focus();
  }, [choosing]);

  function close() {
    setChoosing(false);
    // The opener comes back in place of the form; focus goes back to it rather than to the page's start.
    requestAnimationFrame(() => opener.current?.focus());
  }

  return (
    <li
      className={`calendar-item calendar-item--${item.type}`}
      draggable={item.movable && !disabled}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', item.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(item);
      }}
    >
      <span className="calendar-item__when">
        <time dateTime={item.at}>{time}</time> {t(typeLabels[item.type])}
      </span>{' '}
      <Link to={editorPathOf(item)} lang={item.titleLocale}>
        {item.title}
      </Link>
      {item.status && <span className="calendar-item__status"> · {t(statusLabels[item.status])}</span>}
      {item.movable && !choosing && (
        <button ref={opener} type="button" className="tool" disabled={disabled} onClick={() => { setDay(item.day); setChoosing(true); }}>
          {t('calendarMoveTo')}
        </button>
      )}
      {item.movable && choosing && (
        <form
          className="calendar-item__move"
          onSubmit={(event) => {
            event.preventDefault();
            onMove(item, day);
            close();
          }}
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          <label htmlFor={dayId}>{t('calendarMoveDay', { title: item.title })}</label>
          <input ref={dayInput} id={dayId} type="date" required value={day} onChange={(event) => setDay(event.target.value)} />
          <button type="submit" className="tool" disabled={disabled || day === ''}>
            {t('calendarMove')}
          </button>
          <button type="button" className="tool" onClick={close}>
            {t('calendarCancel')}
          </button>
        </form>
      )}
    </li>
  );
}
