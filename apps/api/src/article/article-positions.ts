import { type Section, localeChain, sectionWithDescendants } from '@kraina/core';
import { type Transaction, sql } from 'kysely';
import type { ContentSettings } from '../content/content-settings.js';
import { isVisibleIn } from '../content/visibility.js';
import type { Dialect } from '../db/database.js';
import type { Tables } from '../db/tables.js';

// Numbered archive pages (`?page=283`) without OFFSET: each list (all news, or one section with its
// sub-sections) in each locale keeps a dense position per visible article, 1 for the oldest. Page N of a list
// of T articles is positions T-20N+1 … T-20(N-1): an index range, as fast for page 283 as for page 1.
// A change rebuilds only the tail from the earliest publication time it touches, so publishing today's news
// rewrites a handful of rows; back-dating an old story rewrites more, which is rare.

/** The list scopes an article in `sectionId` belongs to: all news ('') and its section and every ancestor. */
export function scopesOf(sections: readonly Section[], sectionId: string): string[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const scopes = [''];
  for (let current = byId.get(sectionId); current && !scopes.includes(current.id); current = current.parentId ? byId.get(current.parentId) : undefined) {
    scopes.push(current.id);
  }
  return scopes;
}

/** Rebuilds the positions of the given scopes from publication time `from` onwards ('' rebuilds them whole). */
export async function refreshPositions(
  trx: Transaction<Tables>,
  dialect: Dialect,
  settings: ContentSettings,
  sections: readonly Section[],
  scopes: Iterable<string>,
  from: string,
): Promise<void> {
  // Two writers rebuilding the same tail would collide on positions; PostgreSQL serialises them here, and
  // SQLite has one writer at a time anyway.
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext('article_positions'))`.execute(trx);
  for (const scope of new Set(scopes)) {
    const sectionIds =
      scope === '' ? undefined : sectionWithDescendants(sections, sections.find((s) => s.id === scope)?.slug ?? '').map((slug) => sections.find((s) => s.slug === slug)?.id ?? '');
    if (sectionIds !== undefined && sectionIds.length === 0) continue;
    for (const locale of settings.locales.locales) {
      const last = await trx
        .selectFrom('article_positions')
        .select('position')
        .where('scope', '=', scope)
        .where('locale', '=', locale)
        .where('published_at', '<', from)
        .orderBy('published_at', 'desc')
        .orderBy('article_id', 'desc')
        .limit(1)
        .executeTakeFirst();
      const base = last?.position ?? 0;
      await trx.deleteFrom('article_positions').where('scope', '=', scope).where('locale', '=', locale).where('published_at', '>=', from).execute();
      let tail = trx
        .selectFrom('articles as a')
        .select([
          sql<string>`cast(${scope} as text)`.as('scope'),
          sql<string>`cast(${locale} as text)`.as('locale'),
          sql<number>`cast(${base} as integer) + row_number() over (order by a.first_published_at, a.id)`.as('position'),
          'a.id as article_id',
          sql<string>`a.first_published_at`.as('published_at'),
        ])
        .where('a.status', '=', 'published')
        .where('a.first_published_at', '>=', from)
        .where(isVisibleIn('article_translations', sql.ref('a.id'), localeChain(locale, settings.locales)));
      if (sectionIds !== undefined) tail = tail.where('a.section_id', 'in', sectionIds);
      await trx.insertInto('article_positions').columns(['scope', 'locale', 'position', 'article_id', 'published_at']).expression(tail).execute();
    }
  }
}
