import type { Kysely } from 'kysely';

// A withdrawn item leaves every list but keeps its page, with a notice saying when and why (GOV.UK's "withdrawn").
// The page shows the item as it was last published, read from its revision at `withdrawn_version`, so edits made
// to the draft afterwards never reach readers. `replaced_by` names another item of the kind, without a foreign key
// (the replacement may be deleted); the read redirects to it only while it is published.

/** Adds the withdrawal columns to articles, events and places, and the index the scheduler claims due items by. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['articles', 'events', 'sites'] as const) {
    await db.schema.alterTable(table).addColumn('withdrawn_at', 'text').execute();
    await db.schema.alterTable(table).addColumn('withdrawal_reason_json', 'text').execute();
    await db.schema.alterTable(table).addColumn('replaced_by', 'text').execute();
    await db.schema.alterTable(table).addColumn('withdrawn_version', 'integer').execute();
    // The scheduler asks every few seconds for scheduled items now due: an index probe, not a scan of the table.
    await db.schema.createIndex(`${table}_due`).ifNotExists().on(table).columns(['status', 'publish_at']).execute();
  }
}
