import { type Expression, type SqlBool, sql } from 'kysely';

type TranslationTable = 'article_translations' | 'event_translations' | 'site_translations';
const ownerColumn = { article_translations: 'article_id', event_translations: 'event_id', site_translations: 'site_id' } as const;

/**
 * Whether an item is public for a reader of a locale: it is published, and so is its text in one of the
 * locales the reader falls back through. One rule, used by lists, counts, slugs and search alike.
 */
export function isVisibleIn(table: TranslationTable, ownerId: Expression<string>, chain: readonly string[]): Expression<SqlBool> {
  const owner = ownerColumn[table];
  return sql<SqlBool>`exists (select 1 from ${sql.table(table)} t where t.${sql.ref(owner)} = ${ownerId} and t.status = 'published' and t.locale in (${sql.join(chain)}))`;
}
