import { randomUUID } from 'node:crypto';
import {
  AppError,
  CreateEventInputSchema,
  type Event,
  type EventSchedule,
  type EventText,
  UpdateEventInputSchema,
  richTextToPlainText,
} from '@kraina/core';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { nowIso } from '../content/clock.js';
import type { ContentSettings } from '../content/content-settings.js';
import { type WorkflowChange, createPublishableStore } from '../content/publishable-store.js';
import { updateAtVersion } from '../content/version-guard.js';
import type { Database } from '../db/database.js';
import { toJson } from '../db/json.js';
import type { Tables } from '../db/tables.js';
import { createEventQueries } from './event-queries.js';
import { createEventSitemapQueries } from './event-sitemap-queries.js';
import { createEventStaffQueries } from './event-staff-queries.js';
import { loadEvents, sessionToRow } from './event-rows.js';
import { type EventSpan, eventSpan } from './event-span.js';
import { replaceOccurrences } from './occurrence-rows.js';

type CreateInput = z.output<typeof CreateEventInputSchema>;
type UpdateInput = z.output<typeof UpdateEventInputSchema>;
type TextInput = CreateInput['translations'][string];

/** A change of workflow state, as the editorial workflow (or the demo loader) applies it. */
export type EventWorkflowChange = WorkflowChange;

// Search holds an event's summary, description and the cities of its sessions, so "Brest" finds what is on there.
function searchText(event: Event, text: EventText, locale: string): { title: string; body: string } {
  const cities = [...new Set(event.schedule.flatMap((s) => (s.city?.[locale] === undefined ? [] : [s.city[locale]])))];
  return {
    title: text.title,
    body: [text.summary ?? '', richTextToPlainText(text.description), cities.join(', ')].filter((part) => part !== '').join('\n\n'),
  };
}

/** The events: the only code that writes event rows, their sessions, translations and search text. */
export function createEventStore(database: Database, settings: ContentSettings) {
  const { db } = database;

  const content = createPublishableStore<'event', Event, TextInput>(database, settings, {
    kind: 'event',
    loadItems: loadEvents,
    titleOf: (text) => text.title,
    textColumns: (text) => ({ title: text.title, summary: text.summary ?? null, description_json: toJson(text.description) }),
    searchText,
  });

  // The sessions and their stored occurrences, together. A catalogued venue must exist: the foreign key would refuse
  // it anyway, but as a 500 naming no field.
  async function writeSchedule(trx: Transaction<Tables>, id: string, schedule: EventSchedule, span: EventSpan): Promise<void> {
    const siteIds = [...new Set(schedule.flatMap((s) => (s.venue?.type === 'site' ? [s.venue.siteId] : [])))];
    const known = new Set(siteIds.length === 0 ? [] : (await trx.selectFrom('sites').select('id').where('id', 'in', siteIds).execute()).map((r) => r.id));
    const issues = schedule.flatMap((s, index) =>
      s.venue?.type === 'site' && !known.has(s.venue.siteId) ? [{ pointer: `#/body/schedule/${index}/venue/siteId`, detail: 'No such place' }] : [],
    );
    if (issues.length > 0) throw new AppError('invalid-input', 'A venue names a place that does not exist', { issues });
    await trx.deleteFrom('event_sessions').where('event_id', '=', id).execute();
    await trx.insertInto('event_sessions').values(schedule.map((session, position) => sessionToRow(id, session, position))).execute();
    await replaceOccurrences(trx, id, schedule, span.lastEndsAt, nowIso());
  }

  return {
    ...createEventQueries(database, settings),
    ...createEventSitemapQueries(database),
    ...createEventStaffQueries(database, settings),

    /** Creates a draft; every locale starts as a draft. `options.id` keeps ids stable when the demo is reloaded. */
    async create(input: z.input<typeof CreateEventInputSchema>, authorId: string | null = null, options: { id?: string } = {}): Promise<Event> {
      const value = CreateEventInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const slug = await content.slugForNew(trx, value.slug, value.translations);
        const id = options.id ?? randomUUID();
        const now = nowIso();
        const span = eventSpan(value.schedule);
        await trx
          .insertInto('events')
          .values({
            id,
            slug,
            status: 'draft',
            publish_at: null,
            first_published_at: null,
            category: value.category,
            event_status: value.eventStatus,
            status_note_json: toJson(value.statusNote),
            organiser_json: toJson(value.organiser),
            price_json: value.price === null ? null : toJson(value.price),
            ticket_url: value.ticketUrl,
            image_json: value.image === null ? null : toJson(value.image),
            first_starts_at: span.firstStartsAt,
            last_ends_at: span.lastEndsAt,
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
        await writeSchedule(trx, id, value.schedule, span);
        await content.writeOwnRows(trx, id, value);
        return content.recordRevision(trx, id, authorId, now);
      });
    },

    /** Changes an event based on `expectedVersion`; a stale version changes nothing and answers a conflict. */
    async update(id: string, input: z.input<typeof UpdateEventInputSchema>, expectedVersion?: number, authorId: string | null = null, restoredFrom?: string): Promise<Event> {
      const value: UpdateInput = UpdateEventInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const before = await content.load(trx, id);
        content.checkVersion(before, expectedVersion ?? value.version);
        await content.refuseSlugChange(trx, before, value.slug);
        const now = nowIso();
        const span = value.schedule === undefined ? undefined : eventSpan(value.schedule);
        await updateAtVersion(trx, 'event', before, {
          ...(value.slug === undefined ? {} : { slug: value.slug }),
          ...(value.category === undefined ? {} : { category: value.category }),
          ...(value.eventStatus === undefined ? {} : { event_status: value.eventStatus }),
          ...(value.statusNote === undefined ? {} : { status_note_json: toJson(value.statusNote) }),
          ...(value.organiser === undefined ? {} : { organiser_json: toJson(value.organiser) }),
          ...(value.price === undefined ? {} : { price_json: value.price === null ? null : toJson(value.price) }),
          ...(value.ticketUrl === undefined ? {} : { ticket_url: value.ticketUrl }),
          ...(value.image === undefined ? {} : { image_json: value.image === null ? null : toJson(value.image) }),
          ...(span === undefined ? {} : { first_starts_at: span.firstStartsAt, last_ends_at: span.lastEndsAt }),
          updated_at: now,
        });
        if (value.schedule && span) await writeSchedule(trx, id, value.schedule, span);
        await content.writeOwnRows(trx, id, value, before);
        return content.finishSave(trx, before, authorId, now, restoredFrom);
      });
    },

    /** Moves an event and its locales to new workflow states (publishing, unpublishing, archiving). */
    changeWorkflow: content.changeWorkflow,

    /** Deletes an event, its sessions, translations, stored occurrences and search text; its revisions stay. */
    delete: content.delete,

    /** Reads any event, whatever its state, for staff. */
    getById: content.getById,
  };
}

/** The event store's operations. */
export type EventStore = ReturnType<typeof createEventStore>;
