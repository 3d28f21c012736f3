import { AppError, type SearchHit, type SearchPage, type SearchQuerySchema, localeChain } from '@kraina/core';
import { type RawBuilder, sql } from 'kysely';
import type { z } from 'zod';
import type { ContentSettings } from '../content/content-settings.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database } from '../db/database.js';
import { textSearchConfig } from './search-index.js';

type Query = z.output<typeof SearchQuerySchema>;
type EntityType = SearchHit['type'];

// The engines mark matches in snippets with two private-use characters that no text of ours contains; the
// snippet is then split into plain parts, so nothing from the index ever reaches a page as markup.
const startMark = '\uE000';
const stopMark = '\uE001';
const maxWords = 12;

/** A reader's words: runs of letters and digits in any script; everything else (quotes, operators, brackets) goes. */
export function searchWords(q: string): string[] {
  return (q.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? []).slice(0, maxWords).map((word) => word.slice(0, 64));
}

/** An FTS5 query that matches every word as a prefix; each word is a quoted string, so it is never an operator. */
export function toFtsQuery(words: readonly string[]): string {
  return words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' ');
}

/** A tsquery that matches every word as a prefix; words hold only letters and digits, so none is an operator. */
export function toTsQuery(words: readonly string[]): string {
  return words.map((word) => `${word}:*`).join(' & ');
}

/** Splits a marked snippet into plain parts, matches flagged; a stray mark is dropped, not shown. */
export function toSnippetParts(marked: string): SearchHit['snippet'] {
  const parts: SearchHit['snippet'] = [];
  let match = false;
  for (const piece of marked.split(/([\uE000\uE001])/)) {
    if (piece === startMark) match = true;
    else if (piece === stopMark) match = false;
    else if (piece !== '') {
      const previous = parts.at(-1);
      if (previous && previous.match === match) previous.text += piece;
      else parts.push({ text: piece, match });
    }
  }
  return parts;
}

interface RankedRow {
  id: number;
  entity_type: string;
  entity_id: string;
  locale: string;
  title: string;
  score: number;
}

function decodeSearchCursor(cursor: string): { score: number; id: number } {
  const { at, id } = decodeCursor(cursor);
  const score = Number(at);
  if (at !== '' && Number.isFinite(score) && /^\d{1,15}$/.test(id)) return { score, id: Number(id) };
  throw new AppError('invalid-input', 'The cursor is not one this API made', {
    issues: [{ pointer: '#/query/cursor', detail: 'Must be the nextCursor of a previous page' }],
  });
}

/**
 * Search across published articles, events and places. The index holds only published text (the stores write it
 * on save), one document per item and locale; a reader searches the locales of their fallback chain, and each item
 * answers once, from the earliest locale in the chain whose text matched.
 *
 * Pages are keyed by score and document id rather than an offset. Scores depend on the whole index, so text
 * published between two pages can shift them: a hit may then repeat or be skipped, which ranked search accepts.
 */
export function createSearchQueries({ db, dialect }: Database, settings: ContentSettings) {
  /** Ranks every matching document in the chain, keeps each item's preferred one, and cuts the page. */
  async function rank(words: string[], chain: string[], query: Query, after: { score: number; id: number } | undefined): Promise<RankedRow[]> {
    const preference = sql`case ${sql.join(chain.map((locale, index) => sql`when m.locale = ${locale} then ${index}`), sql` `)} end`;
    const typeFilter = query.type === undefined ? sql`` : sql`and d.entity_type = ${query.type}`;
    const afterFilter = after === undefined ? sql`` : sql`and (b.score < ${after.score} or (b.score = ${after.score} and b.id > ${after.id}))`;
    let matches: RawBuilder<unknown>;
    if (dialect === 'sqlite') {
      // bm25 is lower for better matches; negated so both engines rank higher-is-better. Titles weigh ten times the body.
      matches = sql`select d.id, d.entity_type, d.entity_id, d.locale, d.title, -bm25(search_fts, 10.0, 1.0) as score
        from search_fts join search_documents d on d.id = search_fts.rowid
        where search_fts match ${toFtsQuery(words)} and d.locale in (${sql.join(chain)}) ${typeFilter}`;
    } else {
      // One condition per locale, each with its own language's tsquery, so the GIN index serves every one.
      const tsQuery = toTsQuery(words);
      const byLocale = chain.map((locale) => ({ locale, query: sql`to_tsquery(cast(${textSearchConfig(locale)} as regconfig), ${tsQuery})` }));
      const conditions = sql.join(
        byLocale.map(({ locale, query: q }) => sql`(d.locale = ${locale} and d.search_vector @@ ${q})`),
        sql` or `,
      );
      const ranks = sql.join(
        byLocale.map(({ locale, query: q }) => sql`when d.locale = ${locale} then ts_rank_cd(d.search_vector, ${q}, 1)`),
        sql` `,
      );
      // float8 so the score survives the round trip through a cursor exactly (float4 would not compare equal).
      matches = sql`select d.id, d.entity_type, d.entity_id, d.locale, d.title, cast(case ${ranks} end as double precision) as score
        from search_documents d where (${conditions}) ${typeFilter}`;
    }
    // Materialised: FTS5's bm25 only works in the query that does the MATCH, never once the planner merges it away.
    const result = await sql<RankedRow>`with matches as materialized (${matches}),
      best as (select m.*, row_number() over (partition by m.entity_type, m.entity_id order by ${preference}) as preferred from matches m)
      select b.id, b.entity_type, b.entity_id, b.locale, b.title, b.score from best b
      where b.preferred = 1 ${afterFilter}
      order by b.score desc, b.id
      limit ${query.limit + 1}`.execute(db);
    return result.rows.map((row) => ({ ...row, id: Number(row.id), score: Number(row.score) }));
  }

  /** The marked snippet of each document's body around its matches, computed only for the page. */
  async function snippets(words: string[], rows: readonly RankedRow[]): Promise<Map<number, string>> {
    if (rows.length === 0) return new Map();
    const ids = rows.map((r) => r.id);
    if (dialect === 'sqlite') {
      const result = await sql<{ id: number; snippet: string | null }>`select rowid as id, snippet(search_fts, 1, ${startMark}, ${stopMark}, '…', 24) as snippet
        from search_fts where search_fts match ${toFtsQuery(words)} and rowid in (${sql.join(ids)})`.execute(db);
      return new Map(result.rows.map((r) => [Number(r.id), r.snippet ?? '']));
    }
    const options = `StartSel=${startMark}, StopSel=${stopMark}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
    const locales = [...new Set(rows.map((r) => r.locale))];
    const config = sql`cast(case ${sql.join(locales.map((l) => sql`when d.locale = ${l} then ${textSearchConfig(l)}`), sql` `)} end as regconfig)`;
    const result = await sql<{ id: string | number; snippet: string | null }>`select d.id, ts_headline(${config}, d.body, to_tsquery(${config}, ${toTsQuery(words)}), ${options}) as snippet
      from search_documents d where d.id in (${sql.join(ids)})`.execute(db);
    return new Map(result.rows.map((r) => [Number(r.id), r.snippet ?? '']));
  }

  async function slugsOf(rows: readonly RankedRow[]): Promise<Map<string, string>> {
    const idsOf = (type: EntityType) => rows.filter((r) => r.entity_type === type).map((r) => r.entity_id);
    const read = async (table: 'articles' | 'events' | 'sites', ids: string[]) =>
      ids.length === 0 ? [] : db.selectFrom(table).select(['id', 'slug']).where('id', 'in', ids).execute();
    const found = await Promise.all([read('articles', idsOf('article')), read('events', idsOf('event')), read('sites', idsOf('site'))]);
    return new Map(found.flat().map((r) => [r.id, r.slug]));
  }

  return {
    /** One ranked page of hits for a reader of `locale`, best first, each with a plain-text snippet of its matches. */
    async search(query: Query, locale: string): Promise<SearchPage> {
      const words = searchWords(query.q);
      if (words.length === 0) return { items: [], nextCursor: null };
      const after = query.cursor === undefined ? undefined : decodeSearchCursor(query.cursor);
      const ranked = await rank(words, localeChain(locale, settings.locales), query, after);
      const page = ranked.slice(0, query.limit);
      const [marked, slugs] = await Promise.all([snippets(words, page), slugsOf(page)]);
      const items = page.flatMap((row): SearchHit[] => {
        const slug = slugs.get(row.entity_id);
        // The index is written in the same transaction as the item, so an item gone from its table is a race, not content.
        if (slug === undefined) return [];
        return [
          {
            type: row.entity_type as EntityType,
            id: row.entity_id,
            slug,
            title: row.title,
            servedLocale: row.locale,
            snippet: toSnippetParts(marked.get(row.id) ?? ''),
            score: row.score,
          },
        ];
      });
      const last = page.at(-1);
      return { items, nextCursor: ranked.length > query.limit && last ? encodeCursor({ at: String(last.score), id: String(last.id) }) : null };
    },
  };
}
