import type { Kysely } from 'kysely';

// Site-wide banners (an emergency, a holiday) that staff schedule, with their text per locale as JSON.

/** Creates the site alerts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('site_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull()) // {"en": "…", "be": "…"}
    .addColumn('link', 'text')
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('site_alerts_window').on('site_alerts').columns(['starts_at', 'ends_at']).execute();
}
