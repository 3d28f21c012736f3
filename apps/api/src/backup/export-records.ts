import { loadArticles } from '../article/article-rows.js';
import type { Database } from '../db/database.js';
import { loadEvents } from '../event/event-rows.js';
import type { MediaStorage } from '../media/media-storage.js';
import { createMediaStore } from '../media/media-store.js';
import { createRedirectStore } from '../redirect/redirect-store.js';
import { loadSections } from '../section/section-store.js';
import { loadSites } from '../site/site-rows.js';
import { readSnapshot } from './read-snapshot.js';
import { createUserStore } from '../user/user-store.js';

// `kraina export`: the portal's content as the API shapes it, one JSON record a line, for other systems and for
// comparing two portals. Records are sorted by type and then id, and each record's keys alphabetically (the order
// rows come back from a database is no part of the content), so equal content always gives the same bytes.
// Accounts go out as the API shows them: no password hashes, no two-factor secrets.

/** The kinds of record an export holds, in the order it lists them. */
export const exportTypes = ['article', 'event', 'media', 'redirect', 'section', 'site', 'user'] as const;
/** A kind of exported record. */
export type ExportType = (typeof exportTypes)[number];

const batchSize = 200;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with every object's keys in sorted order, so the text depends only on the value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => byCodeUnits(a, b)))
      : item,
  );
}

async function sortedIds(database: Database, table: 'articles' | 'events' | 'sites'): Promise<string[]> {
  const rows = await database.db.selectFrom(table).select('id').execute();
  return rows.map((row) => row.id).sort(byCodeUnits);
}

async function* inBatches<T>(ids: readonly string[], load: (ids: readonly string[]) => Promise<T[]>): AsyncGenerator<T> {
  for (let start = 0; start < ids.length; start += batchSize) yield* await load(ids.slice(start, start + batchSize));
}

async function allRedirects(database: Database) {
  const store = createRedirectStore(database);
  const all = [];
  let cursor: string | undefined;
  do {
    const page = await store.list({ limit: 100, ...(cursor === undefined ? {} : { cursor }) });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return all;
}

/** Every record of one type, sorted by id. */
async function* recordsOf(type: ExportType, database: Database, mediaStorage: MediaStorage): AsyncGenerator<{ id: string }> {
  const { db } = database;
  const sortById = <T extends { id: string }>(items: T[]) => items.sort((a, b) => byCodeUnits(a.id, b.id));
  switch (type) {
    case 'article':
      yield* inBatches(await sortedIds(database, 'articles'), (ids) => loadArticles(db, ids));
      return;
    case 'event':
      yield* inBatches(await sortedIds(database, 'events'), (ids) => loadEvents(db, ids));
      return;
    case 'site':
      yield* inBatches(await sortedIds(database, 'sites'), (ids) => loadSites(db, ids));
      return;
    case 'media': {
      const media = createMediaStore(database, mediaStorage);
      const ids = (await db.selectFrom('media').select('id').execute()).map((row) => row.id).sort(byCodeUnits);
      for (const id of ids) yield await media.get(id);
      return;
    }
    case 'redirect':
      yield* sortById(await allRedirects(database));
      return;
    case 'section':
      yield* sortById(await loadSections(db));
      return;
    case 'user':
      yield* sortById(await createUserStore(database).list());
      return;
  }
}

/** Writes every record as `{"type":…,"data":…}` lines through `write`; resolves to how many of each type. */
export async function writeExport(
  database: Database,
  mediaStorage: MediaStorage,
  write: (text: string) => Promise<void>,
): Promise<Record<ExportType, number>> {
  const counts = Object.fromEntries(exportTypes.map((type) => [type, 0])) as Record<ExportType, number>;
  // One moment of the database: an article published while the export runs is in it whole, or not at all.
  return readSnapshot(database, async (snapshot) => {
    for (const type of exportTypes) {
      for await (const data of recordsOf(type, snapshot, mediaStorage)) {
        await write(`{"type":${JSON.stringify(type)},"data":${canonicalJson(data)}}\n`);
        counts[type] += 1;
      }
    }
    return counts;
  });
}
