import { AppError, type SearchHit, type SearchPage, type SearchQuerySchema, localeChain } from '@kraina/core';
import { type RawBuilder, sql } from 'kysely';
import type { z } from 'zod';
import type { ContentSettings } from '../content/content-settings.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database } from '../db/database.js';
import { markSnippet } from './mark-snippet.js';
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

/** The FTS5 query of a reader's words, in the title and body only: the scope column holds locale and type tokens. */
function textMatch(words: readonly string[]): string {
  return `{title body} : (${toFtsQuery(words)})`;
}

/**
 * The scope token of a locale or type, as the `scope` column of the SQLite index writes it (migration 0004):
 * letters and digits only, since the tokenizer would split anything else into separate words.
 */
export function scopeToken(kind: 'l' | 't', value: string): string {
  return `"${kind}${value.replace(/[-_]/g, '').toLowerCase()}"`;
}

/**
 * How many matches a search ranks: the newest this many documents that match in the reader's locales (and type).
 * A rare word is ranked over all its matches; a word in half the archive ("minsk") over its latest 2,000, which
 * keeps a search within milliseconds and suits news, where the newest story on a subject is usually the one sought.
 */
export const candidateLimit = 2000;

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
  /** Ranks the newest `candidateLimit` matching documents in the chain, keeps each item's preferred one, and cuts the page. */
  async function rank(words: string[], chain: string[], query: Query, after: { score: number; id: number } | undefined): Promise<RankedRow[]> {
    const preference = sql`case ${sql.join(chain.map((locale, index) => sql`when m.locale = ${locale} then ${index}`), sql` `)} end`;
    const typeFilter = query.type === undefined ? sql`` : sql`and d.entity_type = ${query.type}`;
    const afterFilter = after === undefined ? sql`` : sql`and (b.score < ${after.score} or (b.score = ${after.score} and b.id > ${after.id}))`;
    let matches: RawBuilder<unknown>;
    if (dialect === 'sqlite') {
      // The locale and type filters are part of the MATCH, so FTS5 walks the doclists newest first and stops at the
      // limit; bm25 is then computed for the candidates only. It is lower for better matches; negated so both
      // engines rank higher-is-better. Titles weigh ten times the body; the scope column does not count.
      const scopes = `scope : (${chain.map((locale) => scopeToken('l', locale)).join(' OR ')})`;
      const types = query.type === undefined ? '' : ` AND scope : ${scopeToken('t', query.type)}`;
      matches = sql`select d.id, d.entity_type, d.entity_id, d.locale, d.title, c.score
        from (select rowid as id, -bm25(search_fts, 10.0, 1.0, 0.0) as score from search_fts
          where search_fts match ${`${textMatch(words)} AND ${scopes}${types}`} order by rowid desc limit ${candidateLimit}) c
        join search_documents d on d.id = c.id`;
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
      // The newest matches first, then ranked: ts_rank_cd reads each document's vector, too much for every match of
      // a common word. float8 so the score survives the round trip through a cursor exactly (float4 would not compare equal).
      matches = sql`select d.id, d.entity_type, d.entity_id, d.locale, d.title, cast(case ${ranks} end as double precision) as score
        from (select d.id from search_documents d where (${conditions}) ${typeFilter} order by d.id desc limit ${candidateLimit}) c
        join search_documents d on d.id = c.id`;
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
      const rows = await db.selectFrom('search_documents').select(['id', 'body']).where('id', 'in', ids).execute();
      return new Map(rows.map((r) => [Number(r.id), markSnippet(r.body, words, { start: startMark, stop: stopMark })]));
    }
    const options = `StartSel=${startMark}, StopSel=${stopMark}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
    const locales = [...new Set(rows.map((r) => r.locale))];
    const config = sql`cast(case ${sql.join(locales.map((l) => sql`when d.locale = ${l} then ${textSearchConfig(l)}`), sql` `)} end as regconfig)`;
    const result = await sql<{ id: string | number; snippet: string | null }>`select d.id, ts_headline(${config}, d.body, to_tsquery(${config}, ${toTsQuery(words)}), ${options}) as snippet
      from search_documents d where d.id in (${sql.join(ids)})`.execute(db);
    return new Map(result.rows.map((r) => [Number(r.id), r.snippet ?? '']));
  }

  /** Where each hit lives: its slug, and the section (articles) or kind (places) its address needs. */
  async function addressesOf(rows: readonly RankedRow[]): Promise<Map<string, Pick<SearchHit, 'slug' | 'section' | 'kind'>>> {
    const idsOf = (type: EntityType) => rows.filter((r) => r.entity_type === type).map((r) => r.entity_id);
    const none = Promise.resolve([]);
    const [articles, events, sites] = await Promise.all([
      idsOf('article').length === 0
        ? none
        : db.selectFrom('articles as a').innerJoin('sections as s', 's.id', 'a.section_id').select(['a.id', 'a.slug', 's.slug as section']).where('a.id', 'in', idsOf('article')).execute(),
      idsOf('event').length === 0 ? none : db.selectFrom('events').select(['id', 'slug']).where('id', 'in', idsOf('event')).execute(),
      idsOf('site').length === 0 ? none : db.selectFrom('sites').select(['id', 'slug', 'kind']).where('id', 'in', idsOf('site')).execute(),
    ]);
    return new Map<string, Pick<SearchHit, 'slug' | 'section' | 'kind'>>([
      ...articles.map((r) => [r.id, { slug: r.slug, section: r.section }] as const),
      ...events.map((r) => [r.id, { slug: r.slug }] as const),
      ...sites.map((r) => [r.id, { slug: r.slug, kind: r.kind as SearchHit['kind'] }] as const),
    ]);
  }

  return {
    /** One ranked page of hits for a reader of `locale`, best first, each with a plain-text snippet of its matches. */
    async search(query: Query, locale: string): Promise<SearchPage> {
      const words = searchWords(query.q);
      if (words.length === 0) return { items: [], nextCursor: null };
      const after = query.cursor === undefined ? undefined : decodeSearchCursor(query.cursor);
      const ranked = await rank(words, localeChain(locale, settings.locales), query, after);
      const page = ranked.slice(0, query.limit);
      const [marked, addresses] = await Promise.all([snippets(words, page), addressesOf(page)]);
      const items = page.flatMap((row): SearchHit[] => {
        const address = addresses.get(row.entity_id);
        // The index is written in the same transaction as the item, so an item gone from its table is a race, not content.
        if (address === undefined) return [];
        return [
          {
            type: row.entity_type as EntityType,
            id: row.entity_id,
            ...address,
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
