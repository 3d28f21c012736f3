import { AppError } from '@kraina/core';
import type { Transaction, Updateable } from 'kysely';
import type { Tables } from '../db/tables.js';
import { type ContentKind, contentTables, nounOf } from './content-kind.js';

// Every change to an existing article, event or place row names the version it was based on: the row changes only if
// it is still at that version. The same rule `If-Match` gives HTTP clients, held by the database rather than by a read.

type MainTable<K extends ContentKind> = (typeof contentTables)[K]['main'];
type Versioned = { id: string; slug: string; version: number };

/** Columns of a kind's main row to change, as its store writes them. */
export type MainRowChange<K extends ContentKind> = Updateable<Tables[MainTable<K>]>;

/** The conflict, naming the version the row is at now (or none, when someone deleted it meanwhile). */
async function savedFirst(trx: Transaction<Tables>, kind: ContentKind, before: Versioned): Promise<AppError> {
  const now = await trx.selectFrom(contentTables[kind].main).select('version').where('id', '=', before.id).executeTakeFirst();
  return new AppError('version-conflict', `Someone else saved ${nounOf[kind]} "${before.slug}" first`, { currentVersion: now?.version });
}

/**
 * Changes an item's main row only if it is still at `before.version`, moving it to the next version. This is what
 * keeps two saves from interleaving: the second, read at the same version, changes no row and answers a conflict
 * before it writes texts, states or a revision over a version it never saw. (PostgreSQL makes it wait for the first
 * to commit, then finds the version moved.)
 */
export async function updateAtVersion<K extends ContentKind>(trx: Transaction<Tables>, kind: K, before: Versioned, columns: MainRowChange<K>): Promise<void> {
  // Kysely types a table chosen at run time by the columns the three share; the store typed `columns` for its own.
  const updated = await trx
    .updateTable(contentTables[kind].main)
    .set({ ...columns, version: before.version + 1 } as MainRowChange<ContentKind>)
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw await savedFirst(trx, kind, before);
}

/**
 * Deletes an item only if it is still at `before.version`, with its tags and links (they name their owner without a
 * foreign key). Texts, sessions, stored occurrences and positions go by cascade; revisions stay, as history.
 */
export async function deleteAtVersion(trx: Transaction<Tables>, kind: ContentKind, before: Versioned): Promise<void> {
  const deleted = await trx
    .deleteFrom(contentTables[kind].main)
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .executeTakeFirst();
  if (deleted.numDeletedRows === 0n) throw await savedFirst(trx, kind, before);
  await trx.deleteFrom('tags').where('owner_type', '=', kind).where('owner_id', '=', before.id).execute();
  await trx.deleteFrom('related_items').where('owner_type', '=', kind).where('owner_id', '=', before.id).execute();
}
