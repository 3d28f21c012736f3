import type { EventSitemapPage, EventSitemapQuerySchema, Locale } from '@kraina/core';
import { type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database } from '../db/database.js';

type SitemapQuery = z.output<typeof EventSitemapQuerySchema>;

/**
 * Each published event once, for sitemaps: the calendar lists occurrences within dates, so a sitemap built from it
 * would repeat a weekly event and miss one outside its range. Ordered by id, a key that never changes, so a crawl
 * walking the cursor while editors work neither skips nor repeats an event.
 */
export function createEventSitemapQueries({ db }: Database) {
  return {
    async listSitemapEntries({ cursor, limit }: SitemapQuery): Promise<EventSitemapPage> {
      let select = db
        .selectFrom('events as e')
        .select(['e.id', 'e.slug', 'e.updated_at'])
        .where('e.status', '=', 'published')
        .where(sql<SqlBool>`exists (select 1 from event_translations t where t.event_id = e.id and t.status = 'published')`);
      if (cursor !== undefined) select = select.where('e.id', '>', decodeCursor(cursor).id);
      const rows = await select.orderBy('e.id').limit(limit + 1).execute();
      const page = rows.slice(0, limit);
      const published =
        page.length === 0
          ? []
          : await db
              .selectFrom('event_translations')
              .select(['event_id', 'locale'])
              .where('event_id', 'in', page.map((row) => row.id))
              .where('status', '=', 'published')
              .orderBy('locale')
              .execute();
      const localesOf = new Map<string, Locale[]>();
      for (const { event_id, locale } of published) localesOf.set(event_id, [...(localesOf.get(event_id) ?? []), locale]);
      const last = page.at(-1);
      return {
        items: page.map((row) => ({ slug: row.slug, locales: localesOf.get(row.id) ?? [], updatedAt: row.updated_at })),
        nextCursor: rows.length > limit && last ? encodeCursor({ at: '', id: last.id }) : null,
      };
    },
  };
}
