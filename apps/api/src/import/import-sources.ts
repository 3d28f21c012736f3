import type { Transaction } from 'kysely';
import { type ContentKind, contentTables } from '../content/content-kind.js';
import type { Tables } from '../db/tables.js';

// The SQL of imports: which item each source record became, and the redirects from the source's old addresses.

/** Which kind of file a record came from; identities are unique within one kind of source. */
export type SourceType = 'feed' | 'icalendar' | 'geojson';

/** The item an earlier import made of a source record, if it still exists. */
export async function findImportedItem(trx: Transaction<Tables>, sourceType: SourceType, sourceId: string, kind: ContentKind): Promise<string | undefined> {
  const row = await trx
    .selectFrom('import_sources')
    .select(['entity_type', 'entity_id'])
    .where('source_type', '=', sourceType)
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
  if (row?.entity_type !== kind) return undefined;
  const item = await trx.selectFrom(contentTables[kind].main).select('id').where('id', '=', row.entity_id).executeTakeFirst();
  return item?.id; // deleted by staff since: the import makes it again
}

/** Remembers that a source record is now this item. */
export async function rememberImportedItem(
  trx: Transaction<Tables>,
  source: { sourceType: SourceType; sourceId: string },
  item: { kind: ContentKind; id: string },
  at: string,
): Promise<void> {
  await trx
    .insertInto('import_sources')
    .values({ source_type: source.sourceType, source_id: source.sourceId, entity_type: item.kind, entity_id: item.id, first_imported_at: at, last_imported_at: at })
    .onConflict((c) => c.columns(['source_type', 'source_id']).doUpdateSet({ entity_type: item.kind, entity_id: item.id, last_imported_at: at }))
    .execute();
}

/** The path on this site that an old absolute address answers at, or undefined when it has none worth keeping. */
export function oldPathOf(oldUrl: string | undefined): string | undefined {
  if (oldUrl === undefined) return undefined;
  try {
    const url = new URL(oldUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const path = `${url.pathname}${url.search}`;
    return path === '/' ? undefined : path; // the old home page is this site's home page too
  } catch {
    return undefined;
  }
}
