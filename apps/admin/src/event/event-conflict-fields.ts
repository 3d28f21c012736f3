import { type Event, richTextToPlainText } from '@kraina/core';
import type { ConflictingField } from '../editing/conflict-panel.js';
import { type EventFormValues, createEventInputOf } from './event-form-values.js';

/**
 * Where the version someone else saved differs from this editor's form: category, status, ticket link and schedule
 * (as the API would store them), then each locale's title, summary and description as plain text.
 */
export function conflictingEventFields(theirs: Event, mine: EventFormValues): ConflictingField[] {
  const my = createEventInputOf(mine);
  const fields: ConflictingField[] = [];
  const compare = (field: string, a: string, b: string) => {
    if (a.trim() !== b.trim()) fields.push({ field, theirs: a, mine: b });
  };
  compare('category', theirs.category, my.category);
  compare('eventStatus', theirs.eventStatus, my.eventStatus ?? 'scheduled');
  compare('ticketUrl', theirs.ticketUrl ?? '', my.ticketUrl ?? '');
  // Sessions are compared as written, defaults filled in, so a session nobody touched never shows as changed.
  const sessionText = (session: object) => JSON.stringify(sortedKeys(session));
  const theirSchedule = theirs.schedule.map(sessionText).join('\n');
  const mySchedule = my.schedule.map((session) => sessionText({ ...session, allDay: session.allDay ?? false })).join('\n');
  compare('schedule', theirSchedule, mySchedule);
  const locales = [...new Set([...Object.keys(theirs.translations), ...Object.keys(my.translations)])].sort();
  for (const locale of locales) {
    const their = theirs.translations[locale];
    const yours = my.translations[locale];
    compare(`${locale} · title`, their?.title ?? '', yours?.title ?? '');
    compare(`${locale} · summary`, their?.summary ?? '', yours?.summary ?? '');
    compare(`${locale} · description`, their ? richTextToPlainText(their.description) : '', yours ? richTextToPlainText(yours.description) : '');
  }
  return fields;
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, item]) => [key, sortedKeys(item)]));
}
