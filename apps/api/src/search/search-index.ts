import { type RawBuilder, type Transaction, sql } from 'kysely';
import type { Dialect } from '../db/database.js';
import type { Tables } from '../db/tables.js';

/** One locale's searchable text of a published item. */
export interface SearchDocument {
  locale: string;
  title: string;
  body: string;
  publishedAt: string | null;
}

// PostgreSQL stems English and Russian; it ships no Belarusian dictionary, so Belarusian is matched word for
// word ('simple' only folds case). SQLite's FTS5 has no stemmers at all and relies on prefix queries instead.
const textSearchConfigs: Record<string, string> = { en: 'english', ru: 'russian' };

/** The PostgreSQL text-search configuration for a locale. */
export function textSearchConfig(locale: string): string {
  return textSearchConfigs[locale.split('-')[0] ?? ''] ?? 'simple';
}

/** Replaces what search knows of an item: its published locales' text, or nothing once it is not public. */
export async function indexForSearch(
  trx: Transaction<Tables>,
  dialect: Dialect,
  entityType: 'article' | 'event' | 'site',
  entityId: string,
  documents: readonly SearchDocument[],
): Promise<void> {
  await indexManyForSearch(trx, dialect, entityType, [{ entityId, documents }]);
}

/**
 * PostgreSQL's weighted vector of a title and a body in a locale's configuration: the title's words rank above the
 * body's. `title` and `body` are values to insert or columns to read.
 */
function searchVectorOf(locale: string, title: RawBuilder<unknown> | string, body: RawBuilder<unknown> | string): RawBuilder<unknown> {
  const config = textSearchConfig(locale);
  return sql`setweight(to_tsvector(cast(${config} as regconfig), ${title}), 'A') || setweight(to_tsvector(cast(${config} as regconfig), ${body}), 'B')`;
}

/** PostgreSQL: makes every stored document's vector again from its text, as after a restore, which leaves them out. */
export async function rebuildSearchVectors(trx: Transaction<Tables>): Promise<void> {
  const locales = await trx.selectFrom('search_documents').select('locale').distinct().execute();
  for (const { locale } of locales) {
    await sql`update search_documents set search_vector = ${searchVectorOf(locale, sql.ref('title'), sql.ref('body'))} where locale = ${locale}`.execute(trx);
  }
}

/** One item's replacement in a batch: its id and its published locales' text (none once it is not public). */
export interface SearchEntry {
  entityId: string;
  documents: readonly SearchDocument[];
}

// Rows per statement: well inside SQLite's 32,766 bound parameters and PostgreSQL's 65,535 at seven per row.
const batchRows = 500;

/** `indexForSearch` for many items at once, a statement per few hundred rows: for imports, where one per item is too slow. */
export async function indexManyForSearch(
  trx: Transaction<Tables>,
  dialect: Dialect,
  entityType: 'article' | 'event' | 'site',
  entries: readonly SearchEntry[],
): Promise<void> {
  for (let start = 0; start < entries.length; start += batchRows) {
    const ids = entries.slice(start, start + batchRows).map((e) => e.entityId);
    await trx.deleteFrom('search_documents').where('entity_type', '=', entityType).where('entity_id', 'in', ids).execute();
  }
  const rows = entries.flatMap(({ entityId, documents }) =>
    documents.map((doc) => ({ entity_type: entityType, entity_id: entityId, locale: doc.locale, title: doc.title, body: doc.body, published_at: doc.publishedAt })),
  );
  for (let start = 0; start < rows.length; start += batchRows) {
    const chunk = rows.slice(start, start + batchRows);
    if (dialect === 'sqlite') {
      await trx.insertInto('search_documents').values(chunk).execute();
      continue;
    }
    const values = chunk.map(
      (row) => sql`(${row.entity_type}, ${row.entity_id}, ${row.locale}, ${row.title}, ${row.body}, ${row.published_at}, ${searchVectorOf(row.locale, row.title, row.body)})`,
    );
    await sql`insert into search_documents (entity_type, entity_id, locale, title, body, published_at, search_vector)
      values ${sql.join(values)}`.execute(trx);
  }
}
