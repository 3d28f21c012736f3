import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';

// The first schema. Column types are chosen to mean the same on both engines (see tables.ts); constraints
// hold the rules a bug in the API must never be able to break: unique slugs, known statuses, real coordinates.

const statuses = `('draft','in-review','scheduled','published','archived')`;

/** Creates every table, index and constraint of the first schema. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const double = dialect === 'postgres' ? 'double precision' : 'real';

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin','editor','author','translator')`))
    .addColumn('locales_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('password_hash', 'text')
    .addColumn('two_factor_secret', 'text')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('parent_id', 'text', (c) => c.references('sections.id').onDelete('restrict'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0).check(sql`position >= 0`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addCheckConstraint('sections_not_own_parent', sql`parent_id is null or parent_id <> id`)
    .execute();
  await db.schema.createIndex('sections_parent').on('sections').column('parent_id').execute();
  await db.schema
    .createTable('section_translations')
    .addColumn('section_id', 'text', (c) => c.notNull().references('sections.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addPrimaryKeyConstraint('section_translations_pk', ['section_id', 'locale'])
    .execute();

  const publishable = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('status', 'text', (c) => c.notNull().check(sql.raw(`status in ${statuses}`)))
      .addColumn('publish_at', 'text')
      .addColumn('first_published_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 0`));

  await publishable('articles')
    .addColumn('section_id', 'text', (c) => c.notNull().references('sections.id').onDelete('restrict'))
    .addColumn('published_day', 'text')
    .addColumn('dateline_json', 'text')
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('lead_image_json', 'text')
    .addColumn('gallery_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  // Newest first, overall and per section; ids break ties so keyset pages never skip or repeat a row.
  await db.schema.createIndex('articles_newest').on('articles').columns(['status', 'first_published_at', 'id']).execute();
  await db.schema
    .createIndex('articles_section_newest')
    .on('articles')
    .columns(['section_id', 'status', 'first_published_at', 'id'])
    .execute();
  await db.schema.createIndex('articles_day').on('articles').columns(['status', 'published_day']).execute();

  await createTranslations(db, 'articles', 'article', (table) =>
    table
      .addColumn('headline', 'text', (c) => c.notNull())
      .addColumn('lead', 'text')
      .addColumn('body_json', 'text', (c) => c.notNull()),
  );

  await db.schema
    .createTable('article_positions')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position > 0`))
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_positions_pk', ['scope', 'locale', 'position'])
    .execute();
  await db.schema.createIndex('article_positions_article').on('article_positions').columns(['article_id']).execute();
  // Finds where a rebuilt tail starts: the last position published before a given time.
  await db.schema
    .createIndex('article_positions_time')
    .on('article_positions')
    .columns(['scope', 'locale', 'published_at', 'article_id'])
    .execute();

  // Not `publishable`: places were released without the version check, and a released migration never changes.
  await db.schema
    .createTable('sites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull().check(sql.raw(`status in ${statuses}`)))
    .addColumn('publish_at', 'text')
    .addColumn('first_published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('district', 'text')
    .addColumn('lat', double, (c) => c.notNull().check(sql`lat between -90 and 90`))
    .addColumn('lng', double, (c) => c.notNull().check(sql`lng between -180 and 180`))
    .addColumn('kind_fields_json', 'text', (c) => c.notNull())
    .addColumn('opening_hours_json', 'text')
    .addColumn('contacts_json', 'text', (c) => c.notNull())
    .addColumn('image_json', 'text')
    .addColumn('gallery_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('sites_catalogue').on('sites').columns(['status', 'kind', 'region']).execute();
  await db.schema.createIndex('sites_latitude').on('sites').columns(['status', 'lat', 'lng']).execute();
  await createTranslations(db, 'sites', 'site', (table) =>
    table
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('description_json', 'text', (c) => c.notNull())
      .addColumn('address', 'text'),
  );

  await publishable('events')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('event_status', 'text', (c) =>
      c.notNull().check(sql`event_status in ('scheduled','cancelled','postponed','moved-online')`),
    )
    .addColumn('status_note_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('organiser_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('price_json', 'text')
    .addColumn('ticket_url', 'text')
    .addColumn('image_json', 'text')
    .addColumn('first_starts_at', 'text', (c) => c.notNull())
    .addColumn('last_ends_at', 'text')
    .execute();
  await db.schema.createIndex('events_span').on('events').columns(['status', 'first_starts_at', 'last_ends_at']).execute();
  await db.schema
    .createTable('event_sessions')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('all_day', 'integer', (c) => c.notNull().check(sql`all_day in (0, 1)`))
    .addColumn('start_local', 'text', (c) => c.notNull())
    .addColumn('end_local', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('rrule', 'text')
    .addColumn('rdates_json', 'text')
    .addColumn('exdates_json', 'text')
    .addColumn('venue_type', 'text')
    .addColumn('venue_site_id', 'text', (c) => c.references('sites.id').onDelete('set null'))
    .addColumn('venue_json', 'text')
    .addColumn('city_json', 'text')
    .addColumn('region', 'text')
    .addPrimaryKeyConstraint('event_sessions_pk', ['event_id', 'position'])
    .execute();
  await db.schema.createIndex('event_sessions_site').on('event_sessions').columns(['venue_site_id']).execute();
  await createTranslations(db, 'events', 'event', (table) =>
    table
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('description_json', 'text', (c) => c.notNull()),
  );

  const contentTypes = sql`('article','event','site')`;
  await db.schema
    .createTable('tags')
    .addColumn('owner_type', 'text', (c) => c.notNull().check(sql`owner_type in ${contentTypes}`))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tags_pk', ['owner_type', 'owner_id', 'tag'])
    .execute();
  await db.schema.createIndex('tags_by_tag').on('tags').columns(['owner_type', 'tag', 'owner_id']).execute();
  await db.schema
    .createTable('related_items')
    .addColumn('owner_type', 'text', (c) => c.notNull().check(sql`owner_type in ${contentTypes}`))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull().check(sql`target_type in ${contentTypes}`))
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('related_items_pk', ['owner_type', 'owner_id', 'target_type', 'target_id'])
    .execute();
  await db.schema.createIndex('related_items_target').on('related_items').columns(['target_type', 'target_id']).execute();

  await db.schema
    .createTable('media')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('image','document')`))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull().check(sql`bytes >= 0`))
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('credit', 'text')
    .addColumn('focal_x', double, (c) => c.notNull().defaultTo(0.5).check(sql`focal_x between 0 and 1`))
    .addColumn('focal_y', double, (c) => c.notNull().defaultTo(0.5).check(sql`focal_y between 0 and 1`))
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('media_translations')
    .addColumn('media_id', 'text', (c) => c.notNull().references('media.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('alt', 'text')
    .addColumn('caption', 'text')
    .addPrimaryKeyConstraint('media_translations_pk', ['media_id', 'locale'])
    .execute();
  await db.schema
    .createTable('media_variants')
    .addColumn('media_id', 'text', (c) => c.notNull().references('media.id').onDelete('cascade'))
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addPrimaryKeyConstraint('media_variants_pk', ['media_id', 'width', 'format'])
    .execute();
  await db.schema
    .createTable('media_usages')
    .addColumn('media_id', 'text', (c) => c.notNull().references('media.id').onDelete('restrict'))
    .addColumn('owner_type', 'text', (c) => c.notNull().check(sql`owner_type in ${contentTypes}`))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('media_usages_pk', ['media_id', 'owner_type', 'owner_id', 'role'])
    .execute();
  await db.schema.createIndex('media_usages_owner').on('media_usages').columns(['owner_type', 'owner_id']).execute();

  await db.schema
    .createTable('revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('restored_from', 'text')
    .addColumn('snapshot_json', 'text', (c) => c.notNull())
    .addUniqueConstraint('revisions_entity_version', ['entity_type', 'entity_id', 'version'])
    .execute();
  await db.schema
    .createTable('redirects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('from_path', 'text', (c) => c.notNull().unique())
    .addColumn('to_path', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addCheckConstraint('redirects_not_to_itself', sql`from_path <> to_path`)
    .execute();

  await createSearchIndex(db, dialect);
}

/**
 * A kind's translation table and its unique slugs: the item and locale, the kind's own text columns (`texts`), then
 * the slug and state every kind has.
 */
async function createTranslations(
  db: Kysely<unknown>,
  items: string,
  owner: string,
  texts: (table: CreateTableBuilder<string, string>) => CreateTableBuilder<string, string>,
): Promise<void> {
  const table = `${owner}_translations`;
  const ownerId = `${owner}_id`;
  await texts(
    db.schema
      .createTable(table)
      .addColumn(ownerId, 'text', (c) => c.notNull().references(`${items}.id`).onDelete('cascade'))
      .addColumn('locale', 'text', (c) => c.notNull()),
  )
    .addColumn('slug', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql.raw(`status in ${statuses}`)))
    .addPrimaryKeyConstraint(`${table}_pk`, [ownerId, 'locale'])
    .execute();
  await db.schema.createIndex(`${table}_slug`).on(table).columns(['slug', 'locale']).unique().where(sql.ref('slug'), 'is not', null).execute();
}

// Search documents hold the text of each published (item, locale); the index over them is each engine's own.
async function createSearchIndex(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('search_documents')
    .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('entity_type', 'text', (c) => c.notNull().check(sql`entity_type in ('article','event','site')`))
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addUniqueConstraint('search_documents_entity_locale', ['entity_type', 'entity_id', 'locale'])
    .execute();
  if (dialect === 'postgres') {
    // The vector is written by the search store with the locale's text-search configuration (stemming per language).
    await sql`alter table search_documents add column search_vector tsvector not null default ''::tsvector`.execute(db);
    await sql`create index search_documents_vector on search_documents using gin (search_vector)`.execute(db);
    return;
  }
  // FTS5 over the documents table ("external content"), kept in step by triggers; unicode61 folds case and
  // diacritics in Cyrillic and Latin alike, and the prefix index makes "минск*" as fast as "минск".
  await sql`create virtual table search_fts using fts5(title, body, content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')`.execute(db);
  await sql`create trigger search_documents_ai after insert on search_documents begin
    insert into search_fts(rowid, title, body) values (new.id, new.title, new.body); end`.execute(db);
  await sql`create trigger search_documents_ad after delete on search_documents begin
    insert into search_fts(search_fts, rowid, title, body) values ('delete', old.id, old.title, old.body); end`.execute(db);
  await sql`create trigger search_documents_au after update on search_documents begin
    insert into search_fts(search_fts, rowid, title, body) values ('delete', old.id, old.title, old.body);
    insert into search_fts(rowid, title, body) values (new.id, new.title, new.body); end`.execute(db);
}
