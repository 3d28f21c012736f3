import { type Transaction, sql } from 'kysely';
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
  await trx.deleteFrom('search_documents').where('entity_type', '=', entityType).where('entity_id', '=', entityId).execute();
  for (const doc of documents) {
    const row = { entity_type: entityType, entity_id: entityId, locale: doc.locale, title: doc.title, body: doc.body, published_at: doc.publishedAt };
    if (dialect === 'sqlite') {
      await trx.insertInto('search_documents').values(row).execute();
      continue;
    }
    const config = textSearchConfig(doc.locale);
    await sql`insert into search_documents (entity_type, entity_id, locale, title, body, published_at, search_vector)
      values (${row.entity_type}, ${row.entity_id}, ${row.locale}, ${row.title}, ${row.body}, ${row.published_at},
        setweight(to_tsvector(cast(${config} as regconfig), ${row.title}), 'A') ||
        setweight(to_tsvector(cast(${config} as regconfig), ${row.body}), 'B'))`.execute(trx);
  }
}
