import type { Event, EventSession, EventText, ImageRef, LocalizedString, Price, Venue } from '@kraina/core';
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import { commonItemFields, groupByOwner, loadRelated, loadTags, textsByLocale } from '../content/owned-rows.js';
import { fromJson, toJson } from '../db/json.js';
import type { EventSessionTable, Tables } from '../db/tables.js';

type Queryable = Kysely<Tables> | Transaction<Tables>;

/** The row of one session: a catalogued venue is a foreign key, so deleting the place cannot leave a dangling id. */
export function sessionToRow(eventId: string, session: EventSession, position: number): Insertable<EventSessionTable> {
  const venue = session.venue;
  return {
    event_id: eventId,
    position,
    all_day: session.allDay ? 1 : 0,
    start_local: session.start,
    end_local: session.end,
    time_zone: session.timeZone,
    rrule: session.rrule ?? null,
    rdates_json: session.rdates === undefined ? null : toJson(session.rdates),
    exdates_json: session.exdates === undefined ? null : toJson(session.exdates),
    venue_type: venue?.type ?? null,
    venue_site_id: venue?.type === 'site' ? venue.siteId : null,
    venue_json: venue === undefined || venue.type === 'site' ? null : toJson(venue),
    city_json: session.city === undefined ? null : toJson(session.city),
    region: session.region ?? null,
  };
}

/** A session as the schedule holds it; a catalogued venue whose place was deleted reads as no venue. */
export function sessionFromRow(row: Selectable<EventSessionTable>): EventSession {
  const session: EventSession = { allDay: row.all_day === 1, start: row.start_local, end: row.end_local, timeZone: row.time_zone };
  if (row.rrule !== null) session.rrule = row.rrule;
  if (row.rdates_json !== null) session.rdates = fromJson<string[]>(row.rdates_json) ?? [];
  if (row.exdates_json !== null) session.exdates = fromJson<string[]>(row.exdates_json) ?? [];
  if (row.venue_type === 'site' && row.venue_site_id !== null) session.venue = { type: 'site', siteId: row.venue_site_id };
  else if (row.venue_json !== null) session.venue = fromJson<Venue>(row.venue_json) as Venue;
  if (row.city_json !== null) session.city = fromJson<LocalizedString>(row.city_json) as LocalizedString;
  if (row.region !== null) session.region = row.region;
  return session;
}

/** Reads whole events by id, in the order given, with their translations, sessions, tags and links. */
export async function loadEvents(db: Queryable, ids: readonly string[]): Promise<Event[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const [rows, texts, sessions, tagsOf, relatedOf] = await Promise.all([
    db.selectFrom('events').selectAll().where('id', 'in', unique).execute(),
    db.selectFrom('event_translations').selectAll().where('event_id', 'in', unique).execute(),
    db.selectFrom('event_sessions').selectAll().where('event_id', 'in', unique).orderBy('event_id').orderBy('position').execute(),
    loadTags(db, 'event', unique),
    loadRelated(db, 'event', unique),
  ]);
  const textsOf = groupByOwner(texts, (text) => text.event_id);
  const sessionsOf = groupByOwner(sessions, (session) => session.event_id);
  const byId = new Map(
    rows.map((row) => {
      const translations: Record<string, EventText> = textsByLocale(textsOf(row.id), (t) => ({
        title: t.title,
        ...(t.summary === null ? {} : { summary: t.summary }),
        description: fromJson(t.description_json) as EventText['description'],
      }));
      const event: Event = {
        id: row.id,
        slug: row.slug,
        category: row.category as Event['category'],
        status: row.status as Event['status'],
        eventStatus: row.event_status as Event['eventStatus'],
        statusNote: fromJson<LocalizedString>(row.status_note_json) ?? {},
        translations,
        schedule: sessionsOf(row.id).map(sessionFromRow),
        organiser: fromJson<LocalizedString>(row.organiser_json) ?? {},
        price: fromJson<Price>(row.price_json),
        ticketUrl: row.ticket_url,
        image: fromJson<ImageRef>(row.image_json),
        ...commonItemFields(row, tagsOf, relatedOf),
      };
      return [row.id, event] as const;
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
