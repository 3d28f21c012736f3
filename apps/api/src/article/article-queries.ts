import {
  AppError,
  type ArticleListQuerySchema,
  type ArticlePage,
  type ArticleSummary,
  type ArticleView,
  type DayCounts,
  localeChain,
  sectionWithDescendants,
} from '@kraina/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { ContentSettings } from '../content/content-settings.js';
import { toPublicView } from '../content/public-view.js';
import { idsWithSlug } from '../content/slug-lookup.js';
import { isVisibleIn } from '../content/visibility.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database } from '../db/database.js';
import { loadSections } from '../section/section-store.js';
import { loadArticleSummaries, loadArticles } from './article-rows.js';

type ListQuery = z.output<typeof ArticleListQuerySchema>;

/** Public reads of articles: published only, in the reader's locale along its fallback chain. */
export function createArticleQueries({ db }: Database, settings: ContentSettings) {
  const chainOf = (locale: string) => localeChain(locale, settings.locales);

  async function views(ids: string[], locale: string): Promise<ArticleView[]> {
    return (await loadArticles(db, ids)).map((article) => toPublicView(article, locale, settings));
  }

  function summaries(ids: string[], locale: string): Promise<ArticleSummary[]> {
    return loadArticleSummaries(db, ids, chainOf(locale));
  }

  async function sectionScope(slug: string): Promise<{ id: string; ids: string[] } | undefined> {
    const sections = await loadSections(db);
    const section = sections.find((s) => s.slug === slug);
    if (!section) return undefined;
    const ids = sectionWithDescendants(sections, slug).map((s) => sections.find((x) => x.slug === s)?.id ?? '');
    return { id: section.id, ids };
  }

  async function numberedPage(query: ListQuery, locale: string): Promise<ArticlePage> {
    if (query.tag !== undefined || query.day !== undefined || query.from !== undefined || query.to !== undefined) {
      throw new AppError('invalid-input', 'Numbered pages list a whole section; filter by tag or date with cursors', {
        issues: [{ pointer: '#/query/page', detail: 'Use cursor with tag, day, from or to' }],
      });
    }
    const scope = query.section === undefined ? '' : (await sectionScope(query.section))?.id;
    const page = query.page ?? 1;
    const empty = { items: [], nextCursor: null, page, total: 0, totalPages: 0 };
    if (scope === undefined) return empty;
    const last = await db
      .selectFrom('article_positions')
      .select('position')
      .where('scope', '=', scope)
      .where('locale', '=', locale)
      .orderBy('position', 'desc')
      .limit(1)
      .executeTakeFirst();
    const total = last?.position ?? 0;
    const highest = total - (page - 1) * query.limit;
    const rows = await db
      .selectFrom('article_positions')
      .select('article_id')
      .where('scope', '=', scope)
      .where('locale', '=', locale)
      .where('position', '<=', highest)
      .where('position', '>', highest - query.limit)
      .orderBy('position', 'desc')
      .execute();
    return { items: await summaries(rows.map((r) => r.article_id), locale), nextCursor: null, page, total, totalPages: Math.ceil(total / query.limit) };
  }

  return {
    /** A published article by its main slug or its slug in any locale; a draft answers as if absent. */
    async findPublishedBySlug(slug: string, locale: string): Promise<ArticleView | undefined> {
      const row = await db
        .selectFrom('articles as a')
        .select('a.id')
        .where('a.status', '=', 'published')
        .where('a.id', 'in', idsWithSlug('article', slug))
        .where(isVisibleIn('article_translations', sql.ref('a.id'), chainOf(locale)))
        .limit(1)
        .executeTakeFirst();
      return row ? (await views([row.id], locale))[0] : undefined;
    },

    /** Newest first: numbered pages for whole sections, cursors for everything else. */
    async listPublished(query: ListQuery, locale: string): Promise<ArticlePage> {
      if (query.page !== undefined) return numberedPage(query, locale);
      let select = db
        .selectFrom('articles as a')
        .select(['a.id', 'a.first_published_at'])
        .where('a.status', '=', 'published')
        .where(isVisibleIn('article_translations', sql.ref('a.id'), chainOf(locale)));
      if (query.section !== undefined) {
        const scope = await sectionScope(query.section);
        if (!scope) return { items: [], nextCursor: null, page: null, total: null, totalPages: null };
        select = select.where('a.section_id', 'in', scope.ids);
      }
      if (query.tag !== undefined) {
        const tag = query.tag;
        select = select.where((eb) =>
          eb.exists(eb.selectFrom('tags as g').select('g.owner_id').where('g.owner_type', '=', 'article').whereRef('g.owner_id', '=', 'a.id').where('g.tag', '=', tag)),
        );
      }
      if (query.day !== undefined) select = select.where('a.published_day', '=', query.day);
      if (query.from !== undefined) select = select.where('a.published_day', '>=', query.from);
      if (query.to !== undefined) select = select.where('a.published_day', '<=', query.to);
      if (query.cursor !== undefined) {
        const after = decodeCursor(query.cursor);
        select = select.where(sql<boolean>`(a.first_published_at, a.id) < (${after.at}, ${after.id})`);
      }
      const rows = await select.orderBy('a.first_published_at', 'desc').orderBy('a.id', 'desc').limit(query.limit + 1).execute();
      const pageRows = rows.slice(0, query.limit);
      const lastRow = pageRows.at(-1);
      const nextCursor = rows.length > query.limit && lastRow ? encodeCursor({ at: lastRow.first_published_at ?? '', id: lastRow.id }) : null;
      return { items: await summaries(pageRows.map((r) => r.id), locale), nextCursor, page: null, total: null, totalPages: null };
    },

    /** How many articles were published on each day of a month, in the portal's zone. */
    async countByDay(query: { year: number; month: number; section?: string | undefined }, locale: string): Promise<DayCounts> {
      const month = `${query.year}-${String(query.month).padStart(2, '0')}`;
      let select = db
        .selectFrom('articles as a')
        .select(['a.published_day as day', (eb) => eb.fn.countAll<number>().as('count')])
        .where('a.status', '=', 'published')
        .where('a.published_day', '>=', `${month}-01`)
        .where('a.published_day', '<=', `${month}-31`)
        .where(isVisibleIn('article_translations', sql.ref('a.id'), chainOf(locale)))
        .groupBy('a.published_day');
      if (query.section !== undefined) {
        const scope = await sectionScope(query.section);
        if (!scope) return { year: query.year, month: query.month, days: {} };
        select = select.where('a.section_id', 'in', scope.ids);
      }
      const rows = await select.execute();
      return { year: query.year, month: query.month, days: Object.fromEntries(rows.map((r) => [r.day as string, Number(r.count)])) };
    },
  };
}
