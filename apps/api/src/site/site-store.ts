import { randomUUID } from 'node:crypto';
import {
  AppError,
  CreateSiteInputSchema,
  type Site,
  UpdateSiteInputSchema,
  type WorkflowStatus,
  richTextToPlainText,
  siteKindFields,
  slugify,
  uniqueSlug,
  validate,
} from '@kraina/core';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { nowIso, toStoredInstant } from '../content/clock.js';
import type { ContentSettings } from '../content/content-settings.js';
import { writeRelated, writeRevision, writeTags } from '../content/related-rows.js';
import type { Database } from '../db/database.js';
import { toJson } from '../db/json.js';
import type { Tables } from '../db/tables.js';
import { indexForSearch } from '../search/search-index.js';
import { createSiteQueries } from './site-queries.js';
import { kindFieldsOf, loadSites } from './site-rows.js';

type CreateInput = z.output<typeof CreateSiteInputSchema>;
type UpdateInput = z.output<typeof UpdateSiteInputSchema>;
type TextInput = CreateInput['translations'][string];

/** A change of workflow state, as the editorial workflow (or the demo loader) applies it. */
export interface SiteWorkflowChange {
  status: WorkflowStatus;
  /** Per-locale states to set; locales not named keep theirs. */
  locales?: Record<string, WorkflowStatus>;
  /** When it was first published; defaults to now on first publication. */
  publishedAt?: string;
  publishAt?: string | null;
}

/** The places: the only code that writes place rows, their translations and search text. */
export function createSiteStore(database: Database, settings: ContentSettings) {
  const { db, dialect } = database;

  async function isSlugTaken(trx: Transaction<Tables>, slug: string, exceptId?: string): Promise<boolean> {
    let main = trx.selectFrom('sites').select('id').where('slug', '=', slug);
    let localized = trx.selectFrom('site_translations').select('site_id as id').where('slug', '=', slug);
    if (exceptId) {
      main = main.where('id', '<>', exceptId);
      localized = localized.where('site_id', '<>', exceptId);
    }
    return (await main.limit(1).execute()).length > 0 || (await localized.limit(1).execute()).length > 0;
  }

  async function writeTranslations(trx: Transaction<Tables>, id: string, texts: Record<string, TextInput>, statuses: Record<string, WorkflowStatus>): Promise<void> {
    for (const [locale, text] of Object.entries(texts)) {
      if (text.slug !== undefined && (await isSlugTaken(trx, text.slug, id))) {
        throw new AppError('conflict', `The slug "${text.slug}" is taken`, { issues: [{ pointer: `#/body/translations/${locale}/slug`, detail: 'Already taken' }] });
      }
      await trx.deleteFrom('site_translations').where('site_id', '=', id).where('locale', '=', locale).execute();
      await trx
        .insertInto('site_translations')
        .values({
          site_id: id,
          locale,
          name: text.name,
          summary: text.summary ?? null,
          description_json: toJson(text.description),
          address: text.address ?? null,
          slug: text.slug ?? null,
          status: statuses[locale] ?? 'draft',
        })
        .execute();
    }
  }

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

  // After any save: search knows only the published locales of published places.
  async function afterSave(trx: Transaction<Tables>, site: Site, isDeleted = false): Promise<void> {
    const documents =
      !isDeleted && site.status === 'published'
        ? Object.entries(site.translations)
            .filter(([, t]) => t.status === 'published')
            .map(([locale, t]) => ({
              locale,
              title: t.name,
              body: [t.summary ?? '', richTextToPlainText(t.description), t.address ?? ''].filter((part) => part !== '').join('\n\n'),
              publishedAt: site.firstPublishedAt,
            }))
        : [];
    await indexForSearch(trx, dialect, 'site', site.id, documents);
  }

  async function load(trx: Transaction<Tables>, id: string): Promise<Site> {
    const [site] = await loadSites(trx, [id]);
    if (!site) throw new AppError('not-found', `No place ${id}`);
    return site;
  }

  function checkVersion(current: Site, expected: number | undefined): void {
    if (expected !== undefined && expected !== current.version) {
      throw new AppError('version-conflict', `Place "${current.slug}" is at version ${current.version}; your change was based on ${expected}`);
    }
  }

  return {
    ...createSiteQueries(database, settings),

    /** Creates a draft; every locale starts as a draft. `options.id` keeps ids stable when the demo is reloaded. */
    async create(input: z.input<typeof CreateSiteInputSchema>, authorId: string | null = null, options: { id?: string } = {}): Promise<Site> {
      const value = CreateSiteInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const firstText = value.translations[settings.locales.defaultLocale] ?? Object.values(value.translations)[0];
        if (value.slug !== undefined && (await isSlugTaken(trx, value.slug))) {
          throw new AppError('conflict', `The slug "${value.slug}" is taken`, { issues: [{ pointer: '#/body/slug', detail: 'Already taken' }] });
        }
        const slug = value.slug ?? (await uniqueSlug(slugify(firstText?.name ?? '', 'place'), (s) => isSlugTaken(trx, s)));
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
        await writeTranslations(trx, id, value.translations, {});
        await writeTags(trx, 'site', id, value.tags);
        await writeRelated(trx, 'site', id, value.related);
        const site = await load(trx, id);
        await writeRevision(trx, { type: 'site', id, version: 1, snapshot: site, authorId, at: now });
        return site;
      });
    },

    /** Changes a place based on `expectedVersion`; a stale version changes nothing and answers a conflict. */
    async update(id: string, input: z.input<typeof UpdateSiteInputSchema>, expectedVersion?: number, authorId: string | null = null): Promise<Site> {
      const value = UpdateSiteInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const before = await load(trx, id);
        checkVersion(before, expectedVersion ?? value.version);
        if (value.slug !== undefined && value.slug !== before.slug && (await isSlugTaken(trx, value.slug, id))) {
          throw new AppError('conflict', `The slug "${value.slug}" is taken`, { issues: [{ pointer: '#/body/slug', detail: 'Already taken' }] });
        }
        const kindFields = nextKindFields(before, value);
        const now = nowIso();
        const updated = await trx
          .updateTable('sites')
          .set({
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
            version: before.version + 1,
          })
          .where('id', '=', id)
          .where('version', '=', before.version) // the row lock that makes two concurrent saves impossible to interleave
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) throw new AppError('version-conflict', `Someone else saved place "${before.slug}" first`);
        if (value.translations) {
          const statuses = Object.fromEntries(Object.entries(before.translations).map(([l, t]) => [l, t.status]));
          await writeTranslations(trx, id, value.translations, statuses);
        }
        if (value.tags) await writeTags(trx, 'site', id, value.tags);
        if (value.related) await writeRelated(trx, 'site', id, value.related);
        const after = await load(trx, id);
        await writeRevision(trx, { type: 'site', id, version: after.version, snapshot: after, authorId, at: now });
        await afterSave(trx, after);
        return after;
      });
    },

    /** Moves a place and its locales to new workflow states (publishing, unpublishing, archiving). */
    async changeWorkflow(id: string, change: SiteWorkflowChange, authorId: string | null = null): Promise<Site> {
      return db.transaction().execute(async (trx) => {
        const before = await load(trx, id);
        const now = nowIso();
        const publishedAt = change.status === 'published' ? (before.firstPublishedAt ?? toStoredInstant(change.publishedAt ?? now)) : before.firstPublishedAt;
        await trx
          .updateTable('sites')
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
          await trx.updateTable('site_translations').set({ status }).where('site_id', '=', id).where('locale', '=', locale).execute();
        }
        const after = await load(trx, id);
        await writeRevision(trx, { type: 'site', id, version: after.version, snapshot: after, authorId, at: now });
        await afterSave(trx, after);
        return after;
      });
    },

    /** Deletes a place, its translations and search text; events held there keep their dates and lose the venue. */
    async delete(id: string, expectedVersion?: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = await load(trx, id);
        checkVersion(before, expectedVersion);
        await trx.deleteFrom('tags').where('owner_type', '=', 'site').where('owner_id', '=', id).execute();
        await trx.deleteFrom('related_items').where('owner_type', '=', 'site').where('owner_id', '=', id).execute();
        await trx.deleteFrom('sites').where('id', '=', id).execute();
        await afterSave(trx, before, true);
      });
    },

    /** Reads any place, whatever its state, for staff. */
    async getById(id: string): Promise<Site | undefined> {
      return (await loadSites(db, [id]))[0];
    },
  };
}

/** The place store's operations. */
export type SiteStore = ReturnType<typeof createSiteStore>;
