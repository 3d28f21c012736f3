import { type Kysely, type Transaction, sql } from 'kysely';
import type { Tables } from '../db/tables.js';

type Queryable = Kysely<Tables> | Transaction<Tables>;

/**
 * Marks a change to what readers see. Call it inside the transaction that makes the change, so the version and the
 * change commit together: a site that sees the new number and re-reads finds the new content, never the old.
 * One row updated in place: on PostgreSQL concurrent publications queue on its lock for the moment of the commit.
 */
export async function bumpContentVersion(trx: Transaction<Tables>): Promise<void> {
  // The first change makes the row (the migration leaves the table empty); every later one counts it up.
  await trx
    .insertInto('content_version')
    .values({ id: 1, version: 1 })
    .onConflict((conflict) => conflict.column('id').doUpdateSet({ version: sql`content_version.version + 1` }))
    .execute();
}

/** The version of everything readers can see; 0 before the first publication. */
export async function readContentVersion(db: Queryable): Promise<number> {
  const row = await db.selectFrom('content_version').select('version').where('id', '=', 1).executeTakeFirst();
  // PostgreSQL hands a bigint back as text, so it survives JavaScript's number; a count of changes fits one.
  return row === undefined ? 0 : Number(row.version);
}
