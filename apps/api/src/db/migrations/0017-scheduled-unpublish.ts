import type { Kysely } from 'kysely';

// A published item may be given a time to come down by itself (an offer that ends, a notice valid for a week). The
// scheduler claims it at that time exactly as it claims a scheduled publication: by status and time, through an
// index, at the version it read. Nullable and unset by default, so a process of the version before keeps working.

/** Adds the take-down time to articles, events and places, and the index the scheduler finds due take-downs by. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['articles', 'events', 'sites'] as const) {
    await db.schema.alterTable(table).addColumn('unpublish_at', 'text').execute();
    await db.schema.createIndex(`${table}_due_unpublish`).ifNotExists().on(table).columns(['status', 'unpublish_at']).execute();
  }
}
