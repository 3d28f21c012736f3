import type { EventStatus, Locale } from '@kraina/core';
import { type Messages, messagesFor } from '../locale/messages.js';

/** The words for an event's status, or undefined when it goes ahead as planned and needs none. */
export function statusLabel(status: EventStatus, t: Messages): string | undefined {
  if (status === 'cancelled') return t.eventCancelled;
  if (status === 'postponed') return t.eventPostponed;
  if (status === 'moved-online') return t.eventMovedOnline;
  return undefined;
}

/**
 * The notice at the top of a cancelled, postponed or moved-online event, with the editor's note. `role="status"`,
 * so a screen reader announces it on arrival, as a sighted reader sees it first.
 */
export function EventStatusNotice({ status, note, locale }: { status: EventStatus; note: string | undefined; locale: Locale }) {
  const label = statusLabel(status, messagesFor(locale));
  if (label === undefined) return null;
  return (
    <div className={`event-status event-status--${status}`} role="status">
      <p className="event-status__label">{label}</p>
      {note ? <p>{note}</p> : null}
    </div>
  );
}

/** The short mark beside a cancelled, postponed or moved-online occurrence in the calendar list. */
export function EventStatusBadge({ status, locale }: { status: EventStatus; locale: Locale }) {
  const label = statusLabel(status, messagesFor(locale));
  if (label === undefined) return null;
  return <strong className={`event-badge event-badge--${status}`}>{label}</strong>;
}
