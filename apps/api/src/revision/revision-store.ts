import { AppError, type RevisionChange, type RevisionPage, changedFieldsOf, diffRevisions } from '@kraina/core';
import type { Database } from '../db/database.js';
import { type ContentKind, contentTables, nounOf } from '../content/content-kind.js';

// An item's history as saved: every save wrote a revision (content/related-rows.ts); this reads them back, compares
// them and marks restores. Revisions outlive their item, so the history of a deleted item can still be read.

/** One revision as the routes answer it, its snapshot as it was saved. */
export interface StoredRevision<T> {
  id: string;
  version: number;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
  restoredFrom: string | null;
  snapshot: T;
}

/** The revisions of articles, events and places. */
export function createRevisionStore(database: Database) {
  const { db } = database;

  const withAuthors = (kind: ContentKind, id: string) =>
    db
      .selectFrom('revisions as r')
      .leftJoin('users as u', 'u.id', 'r.author_id')
      .select(['r.id', 'r.version', 'r.author_id', 'u.name as author_name', 'r.created_at', 'r.restored_from', 'r.snapshot_json'])
      .where('r.entity_type', '=', kind)
      .where('r.entity_id', '=', id);

  type Row = Awaited<ReturnType<ReturnType<typeof withAuthors>['execute']>>[number];
  const toRevision = <T>(row: Row): StoredRevision<T> => ({
    id: row.id,
    version: row.version,
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at,
    restoredFrom: row.restored_from,
    snapshot: JSON.parse(row.snapshot_json) as T,
  });

  async function refuseUnknownItem(kind: ContentKind, id: string): Promise<void> {
    const item = await db.selectFrom(contentTables[kind].main).select('id').where('id', '=', id).executeTakeFirst();
    if (item === undefined) throw new AppError('not-found', `No ${nounOf[kind]} ${id}`);
  }

  /** A revision of one item; another item's revision is as unknown here as a made-up id. */
  async function get<T>(kind: ContentKind, id: string, revisionId: string): Promise<StoredRevision<T>> {
    const row = await withAuthors(kind, id).where('r.id', '=', revisionId).executeTakeFirst();
    if (row === undefined) throw new AppError('not-found', `The ${nounOf[kind]} ${id} has no revision ${revisionId}`);
    return toRevision<T>(row);
  }

  return {
    get,

    /**
     * A page of an item's history, newest first, each entry with what changed since the revision before it. One
     * row more than the page is read: it is the one the page's last entry is compared with, and says a page follows.
     */
    async list(kind: ContentKind, id: string, query: { cursor?: string | undefined; limit: number }): Promise<RevisionPage> {
      const below = query.cursor === undefined ? undefined : Number(query.cursor);
      if (below !== undefined && !Number.isSafeInteger(below)) {
        throw new AppError('invalid-input', 'The cursor is not from a previous page', { issues: [{ pointer: '#/query/cursor', detail: 'Must be a cursor from a previous page' }] });
      }
      let rows = withAuthors(kind, id).orderBy('r.version', 'desc').limit(query.limit + 1);
      if (below !== undefined) rows = rows.where('r.version', '<', below);
      const read = (await rows.execute()).map((row) => toRevision<unknown>(row));
      if (read.length === 0 && below === undefined) await refuseUnknownItem(kind, id);
      const page = read.slice(0, query.limit);
      return {
        items: page.map(({ snapshot, ...revision }, i) => ({ ...revision, ...changedFieldsOf(read[i + 1]?.snapshot, snapshot) })),
        nextCursor: read.length > query.limit ? String(page.at(-1)?.version) : null,
      };
    },

    /** Every field-level difference between two revisions of one item, from `from` to `to`. */
    async diff(kind: ContentKind, id: string, fromId: string, toId: string) {
      const [from, to] = [await get(kind, id, fromId), await get(kind, id, toId)];
      const changes: RevisionChange[] = diffRevisions(from.snapshot, to.snapshot);
      const ref = (r: StoredRevision<unknown>) => ({ id: r.id, version: r.version, createdAt: r.createdAt });
      return { from: ref(from), to: ref(to), changes };
    },
  };
}

/** The revision queries. */
export type RevisionStore = ReturnType<typeof createRevisionStore>;
