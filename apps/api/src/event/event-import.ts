import { randomUUID } from 'node:crypto';
import {
  AppError,
  type CreateEventInput,
  CreateEventInputSchema,
  type Event,
  type EventText,
  type FieldIssue,
  TimestampSchema,
  type WorkflowStatus,
  WorkflowStatusSchema,
  richTextToPlainText,
  slugify,
  uniqueSlug,
  validate,
} from '@kraina/core';
import type { Insertable, Transaction } from 'kysely';
import type { z } from 'zod';
import { nowIso, toStoredInstant } from '../content/clock.js';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { insertInChunks } from '../db/insert-in-chunks.js';
import { toJson } from '../db/json.js';
import type { Tables } from '../db/tables.js';
import { type SearchEntry, indexManyForSearch } from '../search/search-index.js';
import { sessionToRow } from './event-rows.js';
import { eventSpan } from './event-span.js';
import { type OccurrenceRows, appendOccurrenceRows, insertOccurrenceRows, occurrenceRowsOf } from './occurrence-rows.js';

// Events arriving already published (a season's programme from a ticketing system, or the benchmark's twenty
// thousand): one transaction and a few multi-row statements instead of two transactions and some twenty queries
// per event. Readers then see what create and changeWorkflow would have given them (the test proves it); each
// event has one revision, version 1. It sits beside the event store rather than in it until the store's owner
// takes it in; the search text below must stay the store's (the test compares the two).

/** One event to import as published: what staff would send, when it was first published, and each locale's state. */
export interface PublishedEventImport {
  input: CreateEventInput;
  /** When it was first published, an ISO instant with an offset. */
  publishedAt: string;
  /** Each locale's own state; a locale not named stays a draft, as after create. */
  locales: Record<string, WorkflowStatus>;
}

/** Where an imported event landed. */
export interface ImportedEvent {
  id: string;
  slug: string;
}

type Input = z.output<typeof CreateEventInputSchema>;
type Row<T extends keyof Tables> = Insertable<Tables[T]>;

async function checkItems(trx: Transaction<Tables>, items: readonly PublishedEventImport[]): Promise<Input[]> {
  const issues: FieldIssue[] = [];
  const inputs = items.map((item, index): Input | undefined => {
    const at = (path: string) => `#/items/${index}${path}`;
    const input = validate(CreateEventInputSchema, item.input);
    if (!input.ok) issues.push(...input.issues.map((issue) => ({ ...issue, pointer: at(`/input${issue.pointer.slice(1)}`) })));
    if (!TimestampSchema.safeParse(item.publishedAt).success) issues.push({ pointer: at('/publishedAt'), detail: 'Must be an ISO instant with an offset' });
    for (const [locale, status] of Object.entries(item.locales)) {
      if (!WorkflowStatusSchema.safeParse(status).success) issues.push({ pointer: at(`/locales/${locale}`), detail: 'Not a workflow state' });
      if (input.ok && input.value.translations[locale] === undefined) issues.push({ pointer: at(`/locales/${locale}`), detail: 'No text in this locale' });
    }
    return input.ok ? input.value : undefined;
  });
  // A catalogued venue must exist, as the store checks: the foreign key would refuse it as a 500 naming no field.
  const siteIds = [...new Set(inputs.flatMap((input) => input?.schedule.flatMap((s) => (s.venue?.type === 'site' ? [s.venue.siteId] : [])) ?? []))];
  const known = new Set<string>();
  for (let start = 0; start < siteIds.length; start += 5000) {
    for (const row of await trx.selectFrom('sites').select('id').where('id', 'in', siteIds.slice(start, start + 5000)).execute()) known.add(row.id);
  }
  inputs.forEach((input, index) =>
    input?.schedule.forEach((s, position) => {
      if (s.venue?.type === 'site' && !known.has(s.venue.siteId)) issues.push({ pointer: `#/items/${index}/input/schedule/${position}/venue/siteId`, detail: 'No such place' });
    }),
  );
  if (issues.length > 0) throw new AppError('invalid-input', `${issues.length} field(s) of the import are not valid`, { issues });
  return inputs as Input[];
}

async function takenSlugs(trx: Transaction<Tables>): Promise<Set<string>> {
  const [main, localized] = await Promise.all([
    trx.selectFrom('events').select('slug').execute(),
    trx.selectFrom('event_translations').select('slug').where('slug', 'is not', null).execute(),
  ]);
  return new Set([...main.map((r) => r.slug), ...localized.flatMap((r) => (r.slug === null ? [] : [r.slug]))]);
}

// The same text the event store indexes on save: summary, description and the cities of its sessions.
function searchDocuments(event: Event) {
  return Object.entries(event.translations)
    .filter(([, t]) => t.status === 'published')
    .map(([locale, t]) => {
      const cities = [...new Set(event.schedule.flatMap((s) => (s.city?.[locale] === undefined ? [] : [s.city[locale]])))];
      return {
        locale,
        title: t.title,
        body: [t.summary ?? '', richTextToPlainText(t.description), cities.join(', ')].filter((part) => part !== '').join('\n\n'),
        publishedAt: event.firstPublishedAt,
      };
    });
}

/**
 * Imports published events in one transaction: all of them or, if any is invalid, names a missing place or takes a
 * slug in use, none. Calendars, counts, slugs and search then read as if each had been created and published.
 */
export async function importPublishedEvents(
  { db, dialect }: Database,
  settings: ContentSettings,
  items: readonly PublishedEventImport[],
  authorId: string | null = null,
): Promise<ImportedEvent[]> {
  if (items.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const inputs = await checkItems(trx, items);
    const taken = await takenSlugs(trx);
    const claim = (slug: string, pointer: string) => {
      if (taken.has(slug)) throw new AppError('conflict', `The slug "${slug}" is taken`, { issues: [{ pointer, detail: 'Already taken' }] });
      taken.add(slug);
    };
    const now = nowIso();
    const rows = {
      events: [] as Row<'events'>[],
      sessions: [] as Row<'event_sessions'>[],
      texts: [] as Row<'event_translations'>[],
      tags: [] as Row<'tags'>[],
      links: [] as Row<'related_items'>[],
      revisions: [] as Row<'revisions'>[],
    };
    const occurrences: OccurrenceRows = { occurrences: [], horizons: [] };
    const search: SearchEntry[] = [];
    const imported: ImportedEvent[] = [];

    for (const [index, input] of inputs.entries()) {
      const { publishedAt, locales } = items[index] as PublishedEventImport;
      for (const [locale, text] of Object.entries(input.translations)) {
        if (text.slug !== undefined) claim(text.slug, `#/items/${index}/input/translations/${locale}/slug`);
      }
      let slug = input.slug;
      if (slug === undefined) {
        const firstText = input.translations[settings.locales.defaultLocale] ?? Object.values(input.translations)[0];
        slug = await uniqueSlug(slugify(firstText?.title ?? '', 'event'), (s) => taken.has(s));
      }
      claim(slug, `#/items/${index}/input/slug`);

      const id = randomUUID();
      const firstPublishedAt = toStoredInstant(publishedAt);
      const span = eventSpan(input.schedule);
      const translations: Record<string, EventText> = {};
      for (const [locale, text] of Object.entries(input.translations)) {
        const status = locales[locale] ?? 'draft';
        translations[locale] = { ...text, status };
        rows.texts.push({ event_id: id, locale, title: text.title, summary: text.summary ?? null, description_json: toJson(text.description), slug: text.slug ?? null, status });
      }
      rows.events.push({
        id,
        slug,
        status: 'published',
        publish_at: null,
        first_published_at: firstPublishedAt,
        category: input.category,
        event_status: input.eventStatus,
        status_note_json: toJson(input.statusNote),
        organiser_json: toJson(input.organiser),
        price_json: input.price === null ? null : toJson(input.price),
        ticket_url: input.ticketUrl,
        image_json: input.image === null ? null : toJson(input.image),
        first_starts_at: span.firstStartsAt,
        last_ends_at: span.lastEndsAt,
        created_at: now,
        updated_at: now,
        version: 1,
      });
      rows.sessions.push(...input.schedule.map((session, position) => sessionToRow(id, session, position)));
      appendOccurrenceRows(occurrences, occurrenceRowsOf(id, input.schedule, span.lastEndsAt, now));
      rows.tags.push(...input.tags.map((tag) => ({ owner_type: 'event', owner_id: id, tag })));
      const related = { articles: [...new Set(input.related.articles)], events: [...new Set(input.related.events)], sites: [...new Set(input.related.sites)] };
      for (const [targetType, targets] of [['article', related.articles], ['event', related.events], ['site', related.sites]] as const) {
        rows.links.push(...targets.map((targetId, position) => ({ owner_type: 'event', owner_id: id, target_type: targetType, target_id: targetId, position })));
      }
      const event: Event = {
        id,
        slug,
        category: input.category,
        status: 'published',
        eventStatus: input.eventStatus,
        statusNote: input.statusNote,
        translations,
        schedule: input.schedule,
        organiser: input.organiser,
        price: input.price,
        ticketUrl: input.ticketUrl,
        image: input.image,
        tags: [...input.tags].sort(),
        related,
        publishAt: null,
        firstPublishedAt,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      rows.revisions.push({ id: randomUUID(), entity_type: 'event', entity_id: id, version: 1, author_id: authorId, created_at: now, restored_from: null, snapshot_json: JSON.stringify(event) });
      search.push({ entityId: id, documents: searchDocuments(event) });
      imported.push({ id, slug });
    }

    await insertInChunks(trx, 'events', rows.events);
    await insertInChunks(trx, 'event_sessions', rows.sessions);
    await insertOccurrenceRows(trx, occurrences);
    await insertInChunks(trx, 'event_translations', rows.texts);
    await insertInChunks(trx, 'tags', rows.tags);
    await insertInChunks(trx, 'related_items', rows.links);
    await insertInChunks(trx, 'revisions', rows.revisions);
    await indexManyForSearch(trx, dialect, 'event', search);
    return imported;
  });
}
