import type { Kysely } from 'kysely';

// Where each imported item came from: a feed's guid or Atom id, an iCalendar UID, a GeoJSON feature id. A
// re-import finds the item here and updates it instead of adding a copy. There is no foreign key because the
// item may be an article, an event or a place; an import that finds its item deleted creates it again.

/** Creates the import sources. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_sources')
    .addColumn('source_type', 'text', (c) => c.notNull()) // feed | icalendar | geojson
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('first_imported_at', 'text', (c) => c.notNull())
    .addColumn('last_imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_sources_pk', ['source_type', 'source_id'])
    .execute();
  await db.schema.createIndex('import_sources_entity').on('import_sources').columns(['entity_type', 'entity_id']).execute();
}
