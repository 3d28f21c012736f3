import type { Database } from '../db/database.js';

/** Who saved the first revision of an item: its author, for kinds whose rows record none (events, places). */
export function createRevisionAuthors(database: Database) {
  return {
    async firstAuthorOf(kind: 'article' | 'event' | 'site', id: string): Promise<string | null> {
      const row = await database.db
        .selectFrom('revisions')
        .select('author_id')
        .where('entity_type', '=', kind)
        .where('entity_id', '=', id)
        .orderBy('version')
        .orderBy('created_at')
        .limit(1)
        .executeTakeFirst();
      return row?.author_id ?? null;
    },
  };
}

/** The revision author queries. */
export type RevisionAuthors = ReturnType<typeof createRevisionAuthors>;
