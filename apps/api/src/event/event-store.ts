import { randomUUID } from 'node:crypto';
import {
  AppError,
  CreateEventInputSchema,
  type Event,
  type EventSchedule,
  UpdateEventInputSchema,
  type WorkflowStatus,
  richTextToPlainText,
  slugify,
  uniqueSlug,
} from '@kraina/core';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { nowIso, toStoredInstant } from '../content/clock.js';
import type { ContentSettings } from '../content/content-settings.js';
import { writeRelated, writeRevision, writeTags } from '../content/related-rows.js';
import type { Database } from '../db/database.js';
import { toJson } from '../db/json.js';
import type { Tables } from '../db/tables.js';
import { indexForSearch } from '../search/search-index.js';
import { createEventQueries } from './event-queries.js';
import { loadEvents, sessionToRow } from './event-rows.js';
import { type EventSpan, eventSpan } from './event-span.js';
import { replaceOccurrences } from './occurrence-rows.js';

type CreateInput = z.output<typeof CreateEventInputSchema>;
type UpdateInput = z.output<typeof UpdateEventInputSchema>;
type TextInput = CreateInput['translations'][string];

/** A change of workflow state, as the editorial workflow (or the demo loader) applies it. */
export interface EventWorkflowChange {
  status: WorkflowStatus;
  /** Per-locale states to set; locales not named keep theirs. */
  locales?: Record<string, WorkflowStatus>;
  /** When it was first published; defaults to now on first publication. */
  publishedAt?: string;
  publishAt?: string | null;
}

/** The events: the only code that writes event rows, their sessions, translations and search text. */
export function createEventStore(database: Database, settings: ContentSettings) {
  const { db, dialect } = database;

  async function isSlugTaken(trx: Transaction<Tables>, slug: string, exceptId?: string): Promise<boolean> {
    let main = trx.selectFrom('events').select('id').where('slug', '=', slug);
    let localized = trx.selectFrom('event_translations').select('event_id as id').where('slug', '=', slug);
    if (exceptId) {
      main = main.where('id', '<>', exceptId);
      localized = localized.where('event_id', '<>', exceptId);
    }
    return (await main.limit(1).execute()).length > 0 || (await localized.limit(1).execute()).length > 0;
  }

  async function writeTranslations(trx: Transaction<Tables>, id: string, texts: Record<string, TextInput>, statuses: Record<string, WorkflowStatus>): Promise<void> {
    for (const [locale, text] of Object.entries(texts)) {
      if (text.slug !== undefined && (await isSlugTaken(trx, text.slug, id))) {
        throw new AppError('conflict', `The slug "${text.slug}" is taken`, { issues: [{ pointer: `#/body/translations/${locale}/slug`, detail: 'Already taken' }] });
      }
      await trx.deleteFrom('event_translations').where('event_id', '=', id).where('locale', '=', locale).execute();
      await trx
        .insertInto('event_translations')
        .values({
          event_id: id,
          locale,
          title: text.title,
          summary: text.summary ?? null,
          description_json: toJson(text.description),
          slug: text.slug ?? null,
          status: statuses[locale] ?? 'draft',
        })
        .execute();
    }
  }

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

  // After any save: search knows only the published locales of published events.
  async function afterSave(trx: Transaction<Tables>, event: Event, isDeleted = false): Promise<void> {
    const documents =
      !isDeleted && event.status === 'published'
        ? Object.entries(event.translations)
            .filter(([, t]) => t.status === 'published')
            .map(([locale, t]) => {
              const cities = [...new Set(event.schedule.flatMap((s) => (s.city?.[locale] === undefined ? [] : [s.city[locale]])))];
              return {
                locale,
                title: t.title,
                body: [t.summary ?? '', richTextToPlainText(t.description), cities.join(', ')].filter((part) => part !== '').join('\n\n'),
                publishedAt: event.firstPublishedAt,
              };
            })
        : [];
    await indexForSearch(trx, dialect, 'event', event.id, documents);
  }

  async function load(trx: Transaction<Tables>, id: string): Promise<Event> {
    const [event] = await loadEvents(trx, [id]);
    if (!event) throw new AppError('not-found', `No event ${id}`);
    return event;
  }

  function checkVersion(current: Event, expected: number | undefined): void {
    if (expected !== undefined && expected !== current.version) {
      throw new AppError('version-conflict', `Event "${current.slug}" is at version ${current.version}; your change was based on ${expected}`);
    }
  }

  return {
    ...createEventQueries(database, settings),

    /** Creates a draft; every locale starts as a draft. `options.id` keeps ids stable when the demo is reloaded. */
    async create(input: z.input<typeof CreateEventInputSchema>, authorId: string | null = null, options: { id?: string } = {}): Promise<Event> {
      const value = CreateEventInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const firstText = value.translations[settings.locales.defaultLocale] ?? Object.values(value.translations)[0];
        if (value.slug !== undefined && (await isSlugTaken(trx, value.slug))) {
          throw new AppError('conflict', `The slug "${value.slug}" is taken`, { issues: [{ pointer: '#/body/slug', detail: 'Already taken' }] });
        }
        const slug = value.slug ?? (await uniqueSlug(slugify(firstText?.title ?? '', 'event'), (s) => isSlugTaken(trx, s)));
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
        await writeTranslations(trx, id, value.translations, {});
        await writeTags(trx, 'event', id, value.tags);
        await writeRelated(trx, 'event', id, value.related);
        const event = await load(trx, id);
        await writeRevision(trx, { type: 'event', id, version: 1, snapshot: event, authorId, at: now });
        return event;
      });
    },

    /** Changes an event based on `expectedVersion`; a stale version changes nothing and answers a conflict. */
    async update(id: string, input: z.input<typeof UpdateEventInputSchema>, expectedVersion?: number, authorId: string | null = null): Promise<Event> {
      const value: UpdateInput = UpdateEventInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const before = await load(trx, id);
        checkVersion(before, expectedVersion ?? value.version);
        if (value.slug !== undefined && value.slug !== before.slug && (await isSlugTaken(trx, value.slug, id))) {
          throw new AppError('conflict', `The slug "${value.slug}" is taken`, { issues: [{ pointer: '#/body/slug', detail: 'Already taken' }] });
        }
        const now = nowIso();
        const span = value.schedule === undefined ? undefined : eventSpan(value.schedule);
        const updated = await trx
          .updateTable('events')
          .set({
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
            version: before.version + 1,
          })
          .where('id', '=', id)
          .where('version', '=', before.version) // the row lock that makes two concurrent saves impossible to interleave
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) throw new AppError('version-conflict', `Someone else saved event "${before.slug}" first`);
        if (value.schedule && span) await writeSchedule(trx, id, value.schedule, span);
        if (value.translations) {
          const statuses = Object.fromEntries(Object.entries(before.translations).map(([l, t]) => [l, t.status]));
          await writeTranslations(trx, id, value.translations, statuses);
        }
        if (value.tags) await writeTags(trx, 'event', id, value.tags);
        if (value.related) await writeRelated(trx, 'event', id, value.related);
        const after = await load(trx, id);
        await writeRevision(trx, { type: 'event', id, version: after.version, snapshot: after, authorId, at: now });
        await afterSave(trx, after);
        return after;
      });
    },

    /** Moves an event and its locales to new workflow states (publishing, unpublishing, archiving). */
    async changeWorkflow(id: string, change: EventWorkflowChange, authorId: string | null = null): Promise<Event> {
      return db.transaction().execute(async (trx) => {
        const before = await load(trx, id);
        const now = nowIso();
        const publishedAt = change.status === 'published' ? (before.firstPublishedAt ?? toStoredInstant(change.publishedAt ?? now)) : before.firstPublishedAt;
        await trx
          .updateTable('events')
          .set({
            status: change.status,
            first_published_at: publishedAt,
            ...(change.publishAt === undefined ? {} : { publish_at: change.publishAt === null ? null : toStoredInstant(change.publishAt) }),
            updated_at: now,
            version: before.version + 1,
          })
          .where('id', '=', id)
          .where('version', '=', before.version)
          .execute();
        for (const [locale, status] of Object.entries(change.locales ?? {})) {
          await trx.updateTable('event_translations').set({ status }).where('event_id', '=', id).where('locale', '=', locale).execute();
        }
        const after = await load(trx, id);
        await writeRevision(trx, { type: 'event', id, version: after.version, snapshot: after, authorId, at: now });
        await afterSave(trx, after);
        return after;
      });
    },

    /** Deletes an event, its sessions, translations, stored occurrences and search text. */
    async delete(id: string, expectedVersion?: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = await load(trx, id);
        checkVersion(before, expectedVersion);
        await trx.deleteFrom('tags').where('owner_type', '=', 'event').where('owner_id', '=', id).execute();
        await trx.deleteFrom('related_items').where('owner_type', '=', 'event').where('owner_id', '=', id).execute();
        await trx.deleteFrom('events').where('id', '=', id).execute();
        await afterSave(trx, before, true);
      });
    },

    /** Reads any event, whatever its state, for staff. */
    async getById(id: string): Promise<Event | undefined> {
      return (await loadEvents(db, [id]))[0];
    },
  };
}

/** The event store's operations. */
export type EventStore = ReturnType<typeof createEventStore>;
