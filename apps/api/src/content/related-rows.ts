import type { Related } from '@kraina/core';
import type { Transaction } from 'kysely';
import type { Tables } from '../db/tables.js';
import type { ContentKind } from './content-kind.js';

/** Replaces an item's tags. */
export async function writeTags(trx: Transaction<Tables>, ownerType: ContentKind, ownerId: string, tags: readonly string[]): Promise<void> {
  await trx.deleteFrom('tags').where('owner_type', '=', ownerType).where('owner_id', '=', ownerId).execute();
  if (tags.length > 0) {
    await trx.insertInto('tags').values(tags.map((tag) => ({ owner_type: ownerType, owner_id: ownerId, tag }))).execute();
  }
}

/** Replaces an item's links to other articles, events and places, keeping the editors' order. */
export async function writeRelated(trx: Transaction<Tables>, ownerType: ContentKind, ownerId: string, related: Related): Promise<void> {
  await trx.deleteFrom('related_items').where('owner_type', '=', ownerType).where('owner_id', '=', ownerId).execute();
  const rows = (
    [
      ['article', related.articles],
      ['event', related.events],
      ['site', related.sites],
    ] as const
  ).flatMap(([targetType, ids]) =>
    [...new Set(ids)].map((targetId, position) => ({ owner_type: ownerType, owner_id: ownerId, target_type: targetType, target_id: targetId, position })),
  );
  if (rows.length > 0) await trx.insertInto('related_items').values(rows).execute();
}

/** Records a revision: the item as saved, at its new version. */
export async function writeRevision(
  trx: Transaction<Tables>,
  entity: { type: ContentKind | 'section'; id: string; version: number; snapshot: unknown; authorId: string | null; at: string; restoredFrom?: string | undefined },
): Promise<void> {
  await trx
    .insertInto('revisions')
    .values({
      id: crypto.randomUUID(),
      entity_type: entity.type,
      entity_id: entity.id,
      version: entity.version,
      author_id: entity.authorId,
      created_at: entity.at,
      restored_from: entity.restoredFrom ?? null,
      snapshot_json: JSON.stringify(entity.snapshot),
    })
    .execute();
}
