import type { Kysely } from 'kysely';

// An item's or account's own history ("who changed this?") reads the audit log by what an entry is about, newest
// first; without this index that read walks the whole log.

/** Indexes the audit log by target. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target_type', 'target_id', 'seq']).execute();
}
