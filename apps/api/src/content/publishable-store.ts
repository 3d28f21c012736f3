import { AppError, type LocalizedString, type Related, type WorkflowStatus, slugify, uniqueSlug } from '@kraina/core';
import type { Insertable, Kysely, Transaction } from 'kysely';
import { appendAudit } from '../audit/audit-log.js';
import type { Database } from '../db/database.js';
import { toJson } from '../db/json.js';
import type { Tables } from '../db/tables.js';
import { indexForSearch } from '../search/search-index.js';
import { nowIso, toStoredInstant } from './clock.js';
import { type ContentKind, contentTables, nounOf } from './content-kind.js';
import type { ContentSettings } from './content-settings.js';
import { writeRelated, writeRevision, writeTags } from './related-rows.js';
import { redirectMovedPages } from './moved-pages.js';
import { isSlugTaken, refuseTakenSlug } from './slug-lookup.js';
import { recordTranslationSources, withTranslationStatus } from './translation-sources.js';
import { type MainRowChange, deleteAtVersion, updateAtVersion } from './version-guard.js';
import { bumpContentVersion } from './content-version.js';

// What the article, event and place stores do alike: versions, slugs, texts with their per-locale states, the
// workflow, revisions, search and deletion. Each store keeps what is its own (columns, schedules, positions).

type Queryable = Kysely<Tables> | Transaction<Tables>;
type TextTable<K extends ContentKind> = (typeof contentTables)[K]['texts'];
type OwnerColumn<K extends ContentKind> = (typeof contentTables)[K]['owner'];

/** A change of workflow state, as the editorial workflow (or the demo loader) applies it. */
export interface WorkflowChange {
  status: WorkflowStatus;
  /** Per-locale states to set; locales not named keep theirs. */
  locales?: Record<string, WorkflowStatus>;
  /** When it was first published; defaults to now on first publication. */
  publishedAt?: string;
  publishAt?: string | null;
  /** When the published item comes down by itself; null cancels. Any move off `published` and `scheduled` cancels it. */
  unpublishAt?: string | null;
  /** Unpublishing for good: the page stays, with this notice, showing the version that was published until now. */
  withdrawal?: { reason: LocalizedString; replacedBy?: string | undefined } | undefined;
}

/** What the shared code reads of any item: who it is, its version and state, and each locale's state. */
export interface PublishableItem {
  id: string;
  slug: string;
  status: WorkflowStatus;
  version: number;
  firstPublishedAt: string | null;
  translations: Partial<Record<string, { status: WorkflowStatus }>>;
}

type TextOf<T extends PublishableItem> = NonNullable<T['translations'][string]>;

/** What the shared code needs to know of one kind. */
export interface PublishableKind<K extends ContentKind, T extends PublishableItem, TextInput extends { slug?: string | undefined }> {
  kind: K;
  /** Reads whole items by id, in the order given. */
  loadItems: (db: Queryable, ids: readonly string[]) => Promise<T[]>;
  /** The words a new item's slug is made from, out of one of its texts. */
  titleOf: (text: TextInput) => string;
  /** A text's own columns in the translation table: all but the owner, locale, slug and state. */
  textColumns: (text: TextInput) => Omit<Insertable<Tables[TextTable<K>]>, OwnerColumn<K> | 'locale' | 'slug' | 'status'>;
  /** What search holds of one published locale of the item. */
  searchText: (item: T, text: TextOf<T>, locale: string) => { title: string; body: string };
  /** Columns of the kind's own that follow the first publication (an article's day). */
  publicationColumns?: (publishedAt: string | null) => MainRowChange<K>;
  /** Anything else derived from the items to bring in line after a save or a deletion (an article's positions). */
  afterSave?: (trx: Transaction<Tables>, before: T | undefined, after: T | undefined) => Promise<void>;
}

/** What create and update write beside the main row; update names only what changes. */
export interface OwnRows<TextInput> {
  translations?: Record<string, TextInput> | undefined;
  tags?: readonly string[] | undefined;
  related?: Related | undefined;
}

/**
 * The logic the three content stores share, for one kind: each store calls these inside its own create and update,
 * and hands out `changeWorkflow`, `delete` and `getById` as they are.
 */
export function createPublishableStore<K extends ContentKind, T extends PublishableItem, TextInput extends { slug?: string | undefined }>(
  database: Database,
  settings: ContentSettings,
  spec: PublishableKind<K, T, TextInput>,
) {
  const { db, dialect } = database;
  const { kind } = spec;
  const noun = nounOf[kind];

  async function load(trx: Transaction<Tables>, id: string): Promise<T> {
    const [item] = await spec.loadItems(trx, [id]);
    if (!item) throw new AppError('not-found', `No ${noun} ${id}`);
    return item;
  }

  function checkVersion(current: T, expected: number | undefined): void {
    if (expected !== undefined && expected !== current.version) {
      const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
      throw new AppError('version-conflict', `${Noun} "${current.slug}" is at version ${current.version}; your change was based on ${expected}`, { currentVersion: current.version });
    }
  }

  /** The main slug of a new item: the one asked for, refused if taken, or a free one made from its title. */
  async function slugForNew(trx: Transaction<Tables>, asked: string | undefined, translations: Record<string, TextInput>): Promise<string> {
    if (asked !== undefined) {
      await refuseTakenSlug(trx, kind, asked, '#/body/slug');
      return asked;
    }
    const text = translations[settings.locales.defaultLocale] ?? Object.values(translations)[0];
    return uniqueSlug(slugify(text === undefined ? '' : spec.titleOf(text), noun), (slug) => isSlugTaken(trx, kind, slug));
  }

  /** Refuses a new main slug for an existing item if another item answers to it. */
  async function refuseSlugChange(trx: Transaction<Tables>, before: T, slug: string | undefined): Promise<void> {
    if (slug !== undefined && slug !== before.slug) await refuseTakenSlug(trx, kind, slug, '#/body/slug', before.id);
  }

  async function writeTranslations(trx: Transaction<Tables>, id: string, texts: Record<string, TextInput>, statuses: Record<string, WorkflowStatus>): Promise<void> {
    const { texts: table, owner } = contentTables[kind];
    for (const [locale, text] of Object.entries(texts)) {
      if (text.slug !== undefined) await refuseTakenSlug(trx, kind, text.slug, `#/body/translations/${locale}/slug`, id);
      await trx.deleteFrom(table).where(owner, '=', id).where('locale', '=', locale).execute();
      const row = { [owner]: id, locale, ...spec.textColumns(text), slug: text.slug ?? null, status: statuses[locale] ?? 'draft' };
      await trx.insertInto(table).values(row).execute();
    }
  }

  /** Writes texts, tags and links; a rewritten text keeps its locale's state from `before`, a new one is a draft. */
  async function writeOwnRows(trx: Transaction<Tables>, id: string, value: OwnRows<TextInput>, before?: T): Promise<void> {
    if (value.translations) {
      const statuses = Object.fromEntries(Object.entries(before?.translations ?? {}).map(([locale, text]) => [locale, text?.status ?? 'draft']));
      await writeTranslations(trx, id, value.translations, statuses);
      await recordTranslationSources(trx, kind, id, value.translations, before, settings.locales);
    }
    if (value.tags) await writeTags(trx, kind, id, value.tags);
    if (value.related) await writeRelated(trx, kind, id, value.related);
  }

  function searchDocuments(item: T) {
    return (Object.entries(item.translations) as [string, TextOf<T> | undefined][]).flatMap(([locale, text]) =>
      text?.status === 'published' ? [{ locale, ...spec.searchText(item, text, locale), publishedAt: item.firstPublishedAt }] : [],
    );
  }

  // After any save or deletion: search knows only the published locales of published items.
  async function afterSave(trx: Transaction<Tables>, before: T | undefined, after: T | undefined): Promise<void> {
    await spec.afterSave?.(trx, before, after);
    const item = after ?? before;
    if (!item) return;
    // Readers see a change only to an item that was or is published: a draft's edits leave every site's copy valid.
    if (before?.status === 'published' || after?.status === 'published') await bumpContentVersion(trx);
    await indexForSearch(trx, dialect, kind, item.id, after?.status === 'published' ? searchDocuments(after) : []);
  }

  /** Reads the item as saved and records it as a revision at its new version, naming the revision it restores, if any. */
  async function recordRevision(trx: Transaction<Tables>, id: string, authorId: string | null, at: string, restoredFrom?: string): Promise<T> {
    const item = await load(trx, id);
    await writeRevision(trx, { type: kind, id, version: item.version, snapshot: item, authorId, at, restoredFrom });
    // What a save answers staff carries the translation status; the revision keeps the content alone.
    return withTranslationStatus(trx, kind, item, settings.locales);
  }

  /** The end of every save of an existing item: its revision, then search and whatever else follows it. */
  async function finishSave(trx: Transaction<Tables>, before: T, authorId: string | null, at: string, restoredFrom?: string): Promise<T> {
    const after = await recordRevision(trx, before.id, authorId, at, restoredFrom);
    await afterSave(trx, before, after);
    await redirectMovedPages(trx, kind, before, after, at);
    return after;
  }

  function publicationTimeOf(before: T, change: WorkflowChange, now: string): string | null {
    if (change.status !== 'published') return before.firstPublishedAt;
    return before.firstPublishedAt ?? toStoredInstant(change.publishedAt ?? now);
  }

  // Publishing ends a withdrawal; withdrawing keeps the version last published, which the notice page shows.
  function withdrawalColumns(before: T, change: WorkflowChange, now: string) {
    if (change.status === 'published') return { withdrawn_at: null, withdrawal_reason_json: null, replaced_by: null, withdrawn_version: null };
    if (change.withdrawal === undefined) return {};
    const { reason, replacedBy } = change.withdrawal;
    return { withdrawn_at: now, withdrawal_reason_json: toJson(reason), replaced_by: replacedBy ?? null, withdrawn_version: before.version };
  }

  // A take-down belongs to a publication: kept while the item stays published or scheduled, and gone with it.
  function unpublishColumns(change: WorkflowChange): { unpublish_at?: string | null } {
    if (change.status !== 'published' && change.status !== 'scheduled') return { unpublish_at: null };
    if (change.unpublishAt === undefined) return {};
    return { unpublish_at: change.unpublishAt === null ? null : toStoredInstant(change.unpublishAt) };
  }

  /**
   * Moves an item and its locales to new workflow states (publishing, unpublishing, archiving). Given
   * `expectedVersion` (the version the move was decided on), an item saved since answers a version conflict.
   */
  async function changeWorkflow(id: string, change: WorkflowChange, authorId: string | null = null, expectedVersion?: number): Promise<T> {
    return db.transaction().execute(async (trx) => {
      const before = await load(trx, id);
      checkVersion(before, expectedVersion);
      const now = nowIso();
      const publishedAt = publicationTimeOf(before, change, now);
      const columns = {
        status: change.status,
        first_published_at: publishedAt,
        ...spec.publicationColumns?.(publishedAt),
        ...(change.publishAt === undefined ? {} : { publish_at: change.publishAt === null ? null : toStoredInstant(change.publishAt) }),
        ...unpublishColumns(change),
        ...withdrawalColumns(before, change, now),
        updated_at: now,
      };
      // Kysely cannot check columns against a kind it does not know yet; these are ones every kind has, and its own.
      await updateAtVersion(trx, kind, before, columns as MainRowChange<K>);
      const { texts, owner } = contentTables[kind];
      for (const [locale, status] of Object.entries(change.locales ?? {})) {
        await trx.updateTable(texts).set({ status }).where(owner, '=', id).where('locale', '=', locale).execute();
      }
      const after = await finishSave(trx, before, authorId, now);
      await auditPublication(trx, before, after, authorId);
      return after;
    });
  }

  // Publishing and unpublishing, of the item or of one locale, go in the audit log in the same transaction.
  async function auditPublication(trx: Transaction<Tables>, before: T, after: T, actorId: string | null): Promise<void> {
    const publishedLocales = (item: T) => Object.entries(item.translations).flatMap(([locale, text]) => (item.status === 'published' && text?.status === 'published' ? [locale] : []));
    const was = publishedLocales(before);
    const is = publishedLocales(after);
    const published = is.filter((l) => !was.includes(l));
    const unpublished = was.filter((l) => !is.includes(l));
    const entry = { actorId, targetType: kind, targetId: after.id, details: { slug: after.slug, status: after.status } };
    if (published.length > 0) await appendAudit(trx, dialect, { ...entry, action: 'published', details: { ...entry.details, locales: published } });
    if (unpublished.length > 0) await appendAudit(trx, dialect, { ...entry, action: 'unpublished', details: { ...entry.details, locales: unpublished } });
  }

  /** Deletes an item based on `expectedVersion`, and what search knows of it; its revisions stay. */
  async function deleteItem(id: string, expectedVersion?: number, actorId: string | null = null): Promise<void> {
    await db.transaction().execute(async (trx) => {
      const before = await load(trx, id);
      checkVersion(before, expectedVersion);
      await deleteAtVersion(trx, kind, before);
      await afterSave(trx, before, undefined);
      await appendAudit(trx, dialect, { action: 'deleted', actorId, targetType: kind, targetId: id, details: { slug: before.slug, status: before.status } });
    });
  }

  /** Reads any item, whatever its state, for staff. */
  async function getById(id: string): Promise<T | undefined> {
    const item = (await spec.loadItems(db, [id]))[0];
    return item && withTranslationStatus(db, kind, item, settings.locales);
  }

  return { load, checkVersion, slugForNew, refuseSlugChange, writeOwnRows, recordRevision, finishSave, changeWorkflow, delete: deleteItem, getById };
}
