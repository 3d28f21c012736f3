import { randomUUID } from 'node:crypto';
import {
  AppError,
  CreateSiteInputSchema,
  type Site,
  UpdateSiteInputSchema,
  richTextToPlainText,
  siteKindFields,
  validate,
} from '@kraina/core';
import { z } from 'zod';
import { nowIso } from '../content/clock.js';
import type { ContentSettings } from '../content/content-settings.js';
import { type WorkflowChange, createPublishableStore } from '../content/publishable-store.js';
import { updateAtVersion } from '../content/version-guard.js';
import type { Database } from '../db/database.js';
import { toJson } from '../db/json.js';
import { createSiteQueries } from './site-queries.js';
import { createSiteStaffQueries } from './site-staff-queries.js';
import { kindFieldsOf, loadSites } from './site-rows.js';

type CreateInput = z.output<typeof CreateSiteInputSchema>;
type UpdateInput = z.output<typeof UpdateSiteInputSchema>;
type TextInput = CreateInput['translations'][string];

/** A change of workflow state, as the editorial workflow (or the demo loader) applies it. */
export type SiteWorkflowChange = WorkflowChange;

/**
 * The kind's own fields after an update. Keeping the kind merges the change into what is stored; changing it
 * needs every field the new kind requires, checked here because the partial update schema cannot know them.
 */
function nextKindFields(before: Site, value: UpdateInput): Record<string, unknown> {
  const given = kindFieldsOf(value.kind, value);
  const merged = value.kind === before.kind ? { ...kindFieldsOf(before.kind, before), ...given } : given;
  const checked = validate(z.strictObject(siteKindFields[value.kind] as z.ZodRawShape), merged);
  if (!checked.ok) {
    throw new AppError('invalid-input', `A ${value.kind} needs its own fields`, {
      issues: checked.issues.map((issue) => ({ ...issue, pointer: issue.pointer.replace(/^#/, '#/body') })),
    });
  }
  return checked.value;
}

/** The places: the only code that writes place rows, their translations and search text. */
export function createSiteStore(database: Database, settings: ContentSettings) {
  const { db } = database;

  const content = createPublishableStore<'site', Site, TextInput>(database, settings, {
    kind: 'site',
    loadItems: loadSites,
    titleOf: (text) => text.name,
    textColumns: (text) => ({ name: text.name, summary: text.summary ?? null, description_json: toJson(text.description), address: text.address ?? null }),
    searchText: (_site, text) => ({
      title: text.name,
      body: [text.summary ?? '', richTextToPlainText(text.description), text.address ?? ''].filter((part) => part !== '').join('\n\n'),
    }),
  });

  return {
    ...createSiteQueries(database, settings),
    ...createSiteStaffQueries(database, settings),

    /** Creates a draft; every locale starts as a draft. `options.id` keeps ids stable when the demo is reloaded. */
    async create(input: z.input<typeof CreateSiteInputSchema>, authorId: string | null = null, options: { id?: string } = {}): Promise<Site> {
      const value = CreateSiteInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const slug = await content.slugForNew(trx, value.slug, value.translations);
        const id = options.id ?? randomUUID();
        const now = nowIso();
        await trx
          .insertInto('sites')
          .values({
            id,
            slug,
            status: 'draft',
            publish_at: null,
            first_published_at: null,
            kind: value.kind,
            region: value.region,
            district: value.district,
            lat: value.coordinates.lat,
            lng: value.coordinates.lng,
            kind_fields_json: toJson(kindFieldsOf(value.kind, value)),
            opening_hours_json: value.openingHours === null ? null : toJson(value.openingHours),
            contacts_json: toJson(value.contacts),
            image_json: value.image === null ? null : toJson(value.image),
            gallery_json: toJson(value.gallery),
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
        await content.writeOwnRows(trx, id, value);
        return content.recordRevision(trx, id, authorId, now);
      });
    },

    /** Changes a place based on `expectedVersion`; a stale version changes nothing and answers a conflict. */
    async update(id: string, input: z.input<typeof UpdateSiteInputSchema>, expectedVersion?: number, authorId: string | null = null, restoredFrom?: string): Promise<Site> {
      const value = UpdateSiteInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const before = await content.load(trx, id);
        content.checkVersion(before, expectedVersion ?? value.version);
        await content.refuseSlugChange(trx, before, value.slug);
        const kindFields = nextKindFields(before, value);
        const now = nowIso();
        await updateAtVersion(trx, 'site', before, {
          ...(value.slug === undefined ? {} : { slug: value.slug }),
          kind: value.kind,
          kind_fields_json: toJson(kindFields),
          ...(value.region === undefined ? {} : { region: value.region }),
          ...(value.district === undefined ? {} : { district: value.district }),
          ...(value.coordinates === undefined ? {} : { lat: value.coordinates.lat, lng: value.coordinates.lng }),
          ...(value.openingHours === undefined ? {} : { opening_hours_json: value.openingHours === null ? null : toJson(value.openingHours) }),
          ...(value.contacts === undefined ? {} : { contacts_json: toJson(value.contacts) }),
          ...(value.image === undefined ? {} : { image_json: value.image === null ? null : toJson(value.image) }),
          ...(value.gallery === undefined ? {} : { gallery_json: toJson(value.gallery) }),
          updated_at: now,
        });
        await content.writeOwnRows(trx, id, value, before);
        return content.finishSave(trx, before, authorId, now, restoredFrom);
      });
    },

    /** Moves a place and its locales to new workflow states (publishing, unpublishing, archiving). */
    changeWorkflow: content.changeWorkflow,

    /**
     * Deletes a place, its translations and search text; its revisions stay, and events held there keep their dates
     * and lose the venue.
     */
    delete: content.delete,

    /** Reads any place, whatever its state, for staff. */
    getById: content.getById,
  };
}

/** The place store's operations. */
export type SiteStore = ReturnType<typeof createSiteStore>;
