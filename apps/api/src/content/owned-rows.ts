import type { LocalizedString, Related, Withdrawal, WorkflowStatus } from '@kraina/core';
import type { Kysely, Transaction } from 'kysely';
import type { PublishableColumns, Tables } from '../db/tables.js';
import { fromJson } from '../db/json.js';
import type { ContentKind } from './content-kind.js';

type Queryable = Kysely<Tables> | Transaction<Tables>;

/** Rows read for many items, grouped by the item each belongs to, each group in the order read. */
export function groupByOwner<R>(rows: readonly R[], ownerOf: (row: R) => string): (id: string) => R[] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const owner = ownerOf(row);
    const group = groups.get(owner);
    if (group) group.push(row);
    else groups.set(owner, [row]);
  }
  return (id) => groups.get(id) ?? [];
}

/**
 * An item's texts by locale from its rows in the kind's translation table: the kind's own fields (`own`), then the
 * slug where the locale has one of its own, then the locale's state.
 */
export function textsByLocale<R extends { locale: string; slug: string | null; status: string }, T>(
  rows: readonly R[],
  own: (row: R) => T,
): Record<string, T & { slug?: string; status: WorkflowStatus }> {
  return Object.fromEntries(
    rows.map((row) => [row.locale, { ...own(row), ...(row.slug === null ? {} : { slug: row.slug }), status: row.status as WorkflowStatus }]),
  );
}

/** The tags of many items of a kind in one query: a function from an item's id to its tags, alphabetical. */
export async function loadTags(db: Queryable, kind: ContentKind, ids: readonly string[]): Promise<(id: string) => string[]> {
  const rows = await db.selectFrom('tags').select(['owner_id', 'tag']).where('owner_type', '=', kind).where('owner_id', 'in', ids).orderBy('tag').execute();
  const rowsOf = groupByOwner(rows, (row) => row.owner_id);
  return (id) => rowsOf(id).map((row) => row.tag);
}

/** The links of many items of a kind in one query: a function from an item's id to its links, in the editors' order. */
export async function loadRelated(db: Queryable, kind: ContentKind, ids: readonly string[]): Promise<(id: string) => Related> {
  const rows = await db
    .selectFrom('related_items')
    .select(['owner_id', 'target_type', 'target_id'])
    .where('owner_type', '=', kind)
    .where('owner_id', 'in', ids)
    .orderBy('position')
    .execute();
  const rowsOf = groupByOwner(rows, (row) => row.owner_id);
  return (id) => {
    const own = rowsOf(id);
    const targets = (type: ContentKind) => own.filter((link) => link.target_type === type).map((link) => link.target_id);
    return { articles: targets('article'), events: targets('event'), sites: targets('site') };
  };
}

/** The withdrawal notice of a withdrawn item, as staff see it; nothing for any other. */
function withdrawalOf(row: PublishableColumns): { withdrawal?: Withdrawal } {
  if (row.withdrawn_at === null) return {};
  const reason = fromJson<LocalizedString>(row.withdrawal_reason_json) ?? {};
  return { withdrawal: { at: row.withdrawn_at, reason, ...(row.replaced_by === null ? {} : { replacedBy: row.replaced_by }) } };
}

/** The fields every whole article, event and place ends with: its tags and links, its times and its version. */
export function commonItemFields(row: PublishableColumns, tagsOf: (id: string) => string[], relatedOf: (id: string) => Related) {
  return {
    tags: tagsOf(row.id),
    related: relatedOf(row.id),
    publishAt: row.publish_at,
    unpublishAt: row.unpublish_at,
    firstPublishedAt: row.first_published_at,
    ...withdrawalOf(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
