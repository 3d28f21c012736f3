import {
  type Article,
  type StaffArticleListQuerySchema,
  type StaffArticlePage,
  type StaffArticleSummary,
  localeChain,
  sectionWithDescendants,
} from '@kraina/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { ContentSettings } from '../content/content-settings.js';
import { withTranslationStatus } from '../content/translation-sources.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database } from '../db/database.js';
import { loadSections } from '../section/section-store.js';
import { loadArticles } from './article-rows.js';

type StaffListQuery = z.output<typeof StaffArticleListQuerySchema>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function summaryOf(article: Article, chain: readonly string[]): StaffArticleSummary {
  const locales = Object.keys(article.translations);
  const headlineLocale = chain.find((locale) => locales.includes(locale)) ?? locales[0] ?? '';
  return {
    id: article.id,
    slug: article.slug,
    section: article.section,
    status: article.status,
    authorId: article.authorId,
    publishAt: article.publishAt,
    firstPublishedAt: article.firstPublishedAt,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    version: article.version,
    headline: article.translations[headlineLocale]?.headline ?? article.slug,
    headlineLocale,
    localeStatuses: Object.fromEntries(Object.entries(article.translations).map(([locale, text]) => [locale, text.status])),
    translationStatus: article.translationStatus ?? {},
  };
}

/** Staff reads of articles: every workflow state, for the editorial app's lists, dashboard and editor. */
export function createArticleStaffQueries({ db, dialect }: Database, settings: ContentSettings) {
  // Case-insensitive on both engines (SQLite's LIKE already is, for ASCII), with `\` as the escape on both.
  const like = dialect === 'postgres' ? sql.raw('ilike') : sql.raw('like');

  return {
    /**
     * One page of articles in any state, keyset-paged in the chosen order. `callerId` stands for `author=me`, so
     * "my drafts" needs no lookup of one's own id.
     */
    async listForStaff(query: StaffListQuery, callerId: string): Promise<StaffArticlePage> {
      const column = query.sort.startsWith('created') ? 'a.created_at' : 'a.updated_at';
      const descending = query.sort.endsWith('desc');
      let select = db.selectFrom('articles as a').select(['a.id', `${column} as at`]);
      if (query.status !== undefined) select = select.where('a.status', '=', query.status);
      if (query.author !== undefined) select = select.where('a.author_id', '=', query.author === 'me' ? callerId : query.author);
      if (query.section !== undefined) {
        const sections = await loadSections(db);
        const ids = sectionWithDescendants(sections, query.section).flatMap((slug) => sections.find((s) => s.slug === slug)?.id ?? []);
        if (ids.length === 0) return { items: [], nextCursor: null };
        select = select.where('a.section_id', 'in', ids);
      }
      if (query.locale !== undefined) {
        const locale = query.locale;
        select = select.where((eb) =>
          eb.exists(eb.selectFrom('article_translations as t').select(sql.lit(1).as('found')).whereRef('t.article_id', '=', 'a.id').where('t.locale', '=', locale)),
        );
      }
      if (query.q !== undefined) {
        const pattern = `%${escapeLike(query.q)}%`;
        select = select.where((eb) =>
          eb.exists(
            eb.selectFrom('article_translations as t').select(sql.lit(1).as('found'))
              .whereRef('t.article_id', '=', 'a.id')
              .where(sql<boolean>`${sql.ref('t.headline')} ${like} ${pattern} escape '\\'`),
          ),
        );
      }
      if (query.cursor !== undefined) {
        const after = decodeCursor(query.cursor);
        const beyond = descending ? '<' : '>';
        select = select.where((eb) => eb.or([eb(column, beyond, after.at), eb.and([eb(column, '=', after.at), eb('a.id', beyond, after.id)])]));
      }
      const direction = descending ? 'desc' : 'asc';
      const rows = await select.orderBy(column, direction).orderBy('a.id', direction).limit(query.limit + 1).execute();
      const pageRows = rows.slice(0, query.limit);
      const lastRow = pageRows.at(-1);
      const nextCursor = rows.length > query.limit && lastRow ? encodeCursor({ at: lastRow.at, id: lastRow.id }) : null;
      const chain = localeChain(query.locale ?? settings.locales.defaultLocale, settings.locales);
      const articles = await Promise.all((await loadArticles(db, pageRows.map((r) => r.id))).map((a) => withTranslationStatus(db, 'article', a, settings.locales)));
      return { items: articles.map((article) => summaryOf(article, chain)), nextCursor };
    },
  };
}
