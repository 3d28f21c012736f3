import {
  AppError,
  CreateArticleInputSchema,
  CreateEventInputSchema,
  CreateSiteInputSchema,
  type FieldIssue,
  articlePagePath,
  eventPagePath,
  placePagePath,
  validate,
} from '@kraina/core';
import type { ContentKind } from '../content/content-kind.js';
import type { ContentSettings } from '../content/content-settings.js';
import { type ContentStores, createContentStores } from '../content/content-stores.js';
import { nowIso } from '../content/clock.js';
import type { Database } from '../db/database.js';
import { recordRedirect } from '../redirect/redirect-rows.js';
import { findImportedItem, oldPathOf, rememberImportedItem, type SourceType } from './import-sources.js';
import { joinTransaction } from './join-transaction.js';
import type { SourceRecord } from './source-record.js';

// The part of every import that is the same whatever the file: each record is checked against core's create schema,
// then saved in a transaction of its own (created, or updated at its current version when an earlier import made
// it), published when asked, remembered by its source identity, and its old address redirected to its new page.
// A record that fails anywhere is rolled back whole and reported with its position; the others go on.

/** A saved item, as much of it as an import reads back. */
interface SavedItem {
  id: string;
  slug: string;
  version: number;
}

/** How one kind of content is saved through its store, and where its page is. */
interface ImportedKind {
  kind: ContentKind;
  sourceType: SourceType;
  check: (input: unknown) => { ok: true; value: unknown } | { ok: false; issues: readonly FieldIssue[] };
  create: (stores: ContentStores, input: Record<string, unknown>) => Promise<SavedItem>;
  update: (stores: ContentStores, id: string, input: Record<string, unknown>) => Promise<SavedItem>;
  publish: (stores: ContentStores, id: string, locale: string, publishedAt: string | undefined) => Promise<SavedItem>;
  /** The new page's path in one locale, as PRODUCT.md's routes spell it. */
  pathOf: (stores: ContentStores, item: SavedItem, locale: string) => Promise<string>;
}

// A re-import sends what the source gives, and nothing a person may have added since (tags, images, related items).
function withoutSlug(input: Record<string, unknown>): Record<string, unknown> {
  const { slug: _slug, ...rest } = input;
  return rest;
}

function publication(locale: string, publishedAt: string | undefined) {
  return { status: 'published' as const, locales: { [locale]: 'published' as const }, ...(publishedAt === undefined ? {} : { publishedAt }) };
}

/** What an import needs of a kind's store: the same four operations every content store has. */
interface ImportableStore {
  create: (input: never) => Promise<SavedItem>;
  getById: (id: string) => Promise<SavedItem | undefined>;
  update: (id: string, input: never, expectedVersion?: number) => Promise<SavedItem>;
  changeWorkflow: (id: string, change: ReturnType<typeof publication>) => Promise<SavedItem>;
}

/** One kind's import, the same for all three but for its schema, its store and where its page is. */
function importedKind(spec: {
  kind: ContentKind;
  sourceType: SourceType;
  schema: Parameters<typeof validate>[0];
  storeOf: (stores: ContentStores) => ImportableStore;
  pathOf: (stores: ContentStores, item: SavedItem, locale: string) => Promise<string>;
}): ImportedKind {
  const { storeOf } = spec;
  return {
    kind: spec.kind,
    sourceType: spec.sourceType,
    check: (input) => validate(spec.schema, input),
    create: (stores, input) => storeOf(stores).create(input as never),
    update: async (stores, id, input) => {
      const current = await storeOf(stores).getById(id);
      return storeOf(stores).update(id, withoutSlug(input) as never, current?.version);
    },
    publish: (stores, id, locale, publishedAt) => storeOf(stores).changeWorkflow(id, publication(locale, publishedAt)),
    pathOf: spec.pathOf,
  };
}

/** Articles from RSS and Atom feeds. */
export const importedArticles = importedKind({
  kind: 'article',
  sourceType: 'feed',
  schema: CreateArticleInputSchema,
  storeOf: (stores) => stores.articles,
  pathOf: async (stores, item, locale) => {
    const article = await stores.articles.getById(item.id);
    return articlePagePath(locale, { section: article?.section ?? '', slug: item.slug });
  },
});

/** Events from iCalendar files. */
export const importedEvents = importedKind({
  kind: 'event',
  sourceType: 'icalendar',
  schema: CreateEventInputSchema,
  storeOf: (stores) => stores.events,
  pathOf: (_stores, item, locale) => Promise.resolve(eventPagePath(locale, item)),
});

/** Places from GeoJSON files. */
export const importedSites = importedKind({
  kind: 'site',
  sourceType: 'geojson',
  schema: CreateSiteInputSchema,
  storeOf: (stores) => stores.sites,
  pathOf: async (stores, item, locale) => {
    const site = await stores.sites.getById(item.id);
    return placePagePath(locale, { kind: site?.kind ?? '', slug: item.slug });
  },
});

/** How an import went, record by record. */
export interface ImportSummary {
  created: number;
  updated: number;
  skipped: number;
}

/** How to import: in which locale, whether to publish, and where to tell the person running it. */
export interface ImportOptions {
  locale: string;
  publish: boolean;
  /** Told each skipped record: a line naming its position and each field with what is wrong, and the two apart. */
  onSkip: (line: string, refused: { item: string; detail: string }) => void;
  /** Told how far a long import has gone. */
  onProgress: (line: string) => void;
  /** Progress is told after every this many records (and at the end); 100 unless set. */
  progressEvery?: number;
  /** The summary to count into, so a caller knows how far an import got when it stops on an unexpected error. */
  into?: ImportSummary;
}

function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((issue) => `${issue.pointer.replace(/^#\/?(body\/)?/, '') || '(record)'}: ${issue.detail}`).join('; ');
}

/** Saves one record in a transaction of its own; resolves to what happened, or the issues that stopped it. */
async function importRecord(
  database: Database,
  settings: ContentSettings,
  target: ImportedKind,
  record: SourceRecord,
  options: ImportOptions,
): Promise<'created' | 'updated' | readonly FieldIssue[]> {
  if (record.issues.length > 0) return record.issues;
  const checked = target.check(record.input);
  if (!checked.ok) return checked.issues;
  const input = record.input;
  try {
    return await database.db.transaction().execute(async (trx) => {
      const stores = createContentStores(joinTransaction(database, trx), settings);
      const now = nowIso();
      const existing = record.sourceId === undefined ? undefined : await findImportedItem(trx, target.sourceType, record.sourceId, target.kind);
      let item = existing === undefined ? await target.create(stores, input) : await target.update(stores, existing, input);
      if (options.publish) item = await target.publish(stores, item.id, options.locale, record.publishedAt);
      if (record.sourceId !== undefined) await rememberImportedItem(trx, { sourceType: target.sourceType, sourceId: record.sourceId }, { kind: target.kind, id: item.id }, now);
      const from = oldPathOf(record.oldUrl);
      if (from !== undefined) await recordRedirect(trx, from, await target.pathOf(stores, item, options.locale), now);
      return existing === undefined ? 'created' : 'updated';
    });
  } catch (error) {
    // What a store refuses (a slug in use, an unknown section) skips the record; anything else stops the import.
    if (error instanceof AppError) return error.issues.length > 0 ? error.issues : [{ pointer: '#', detail: error.message }];
    throw error;
  }
}

/** Imports records one by one, each in its own transaction; an invalid one is reported and skipped. */
export async function importRecords(
  database: Database,
  settings: ContentSettings,
  target: ImportedKind,
  records: readonly SourceRecord[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const summary: ImportSummary = options.into ?? { created: 0, updated: 0, skipped: 0 };
  const every = options.progressEvery ?? 100;
  for (const [index, record] of records.entries()) {
    const outcome = await importRecord(database, settings, target, record, options);
    if (typeof outcome === 'string') summary[outcome] += 1;
    else {
      summary.skipped += 1;
      const detail = describeIssues(outcome);
      options.onSkip(`${record.position}: skipped: ${detail}`, { item: record.position, detail });
    }
    const done = index + 1;
    if (done % every === 0 && done < records.length) options.onProgress(`${done} of ${records.length} records…`);
  }
  return summary;
}
