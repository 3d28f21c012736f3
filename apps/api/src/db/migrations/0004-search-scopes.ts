import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';

// SQLite's full-text index learns each document's locale and type, so a search filters inside FTS5 and can stop
// early: "the newest 2,000 English matches of minsk" is then a walk down one doclist, where before every one of
// 122,000 matches in any locale was scored and joined to its row (8.5 s at p99 on the benchmark's 100,000 articles).
//
// The scope is a virtual column of search_documents, so the external-content index reads it like title and body.
// Its tokens are letters only ("len", "tarticle"): unicode61 would split "en-GB" or "site_x" into separate words.
// PostgreSQL needs nothing: its filters are plain columns beside the GIN index.

/** Rebuilds the FTS5 index of SQLite with a scope column of locale and type tokens. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  await sql`alter table search_documents add column scope text generated always as
    ('l' || lower(replace(replace(locale, '-', ''), '_', '')) || ' t' || entity_type) virtual`.execute(db);
  for (const trigger of ['search_documents_ai', 'search_documents_ad', 'search_documents_au']) {
    await sql`drop trigger if exists ${sql.id(trigger)}`.execute(db);
  }
  await sql`drop table if exists search_fts`.execute(db);
  await sql`create virtual table search_fts using fts5(title, body, scope, content='search_documents', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')`.execute(db);
  await sql`create trigger search_documents_ai after insert on search_documents begin
    insert into search_fts(rowid, title, body, scope) values (new.id, new.title, new.body, new.scope); end`.execute(db);
  await sql`create trigger search_documents_ad after delete on search_documents begin
    insert into search_fts(search_fts, rowid, title, body, scope) values ('delete', old.id, old.title, old.body, old.scope); end`.execute(db);
  await sql`create trigger search_documents_au after update on search_documents begin
    insert into search_fts(search_fts, rowid, title, body, scope) values ('delete', old.id, old.title, old.body, old.scope);
    insert into search_fts(rowid, title, body, scope) values (new.id, new.title, new.body, new.scope); end`.execute(db);
  await sql`insert into search_fts(search_fts) values ('rebuild')`.execute(db);
}

