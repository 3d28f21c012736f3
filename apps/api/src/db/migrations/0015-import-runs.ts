import type { Kysely } from 'kysely';

// Each run of `kraina import`, so the editorial dashboard can show an import that failed or left records out
// (issue 6). A run is written when it starts, as failed and unfinished, so a process that dies during it leaves
// that truth behind; it is rewritten with its outcome when it ends.

/** Creates the import runs. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull()) // the path or URL as given, credentials and query taken out
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('skipped', 'integer', (c) => c.notNull())
    .addColumn('failed', 'integer', (c) => c.notNull())
    .addColumn('errors_json', 'text', (c) => c.notNull()) // [{"item": "line 14", "detail": "…"}], at most 50
    .execute();
  await db.schema.createIndex('import_runs_by_status').on('import_runs').columns(['status', 'started_at']).execute();
  await db.schema.createIndex('import_runs_by_start').on('import_runs').columns(['started_at', 'id']).execute();
}
