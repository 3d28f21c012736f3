import { type Locale, type StaffTranslationFilter, type TranslationStatus, type WorkflowStatus, localeChain } from '@kraina/core';
import { type Kysely, type RawBuilder, type Transaction, sql } from 'kysely';
import { type ContentKind, contentTables } from '../content/content-kind.js';
import type { ContentSettings } from '../content/content-settings.js';
import { withTranslationStatus } from '../content/translation-sources.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database } from '../db/database.js';
import type { Tables } from '../db/tables.js';

// The editorial lists of articles, events and places (issue 6) filter, order and page alike, so one query builder
// serves all three; each kind names its title column, how to find its author, and its own filters and orders.

type Queryable = Kysely<Tables> | Transaction<Tables>;
type Condition = RawBuilder<unknown>;

/** What every editorial list query holds once parsed (core's `staffListQuerySchema`), besides a kind's own filters. */
export interface StaffListQuery {
  status?: WorkflowStatus | undefined;
  author?: string | undefined;
  locale?: Locale | undefined;
  q?: string | undefined;
  translationStatus?: StaffTranslationFilter | undefined;
  sort: string;
  cursor?: string | undefined;
  limit: number;
}

/** What the list reads of any item to summarise it. */
export interface ListedItem {
  id: string;
  slug: string;
  status: WorkflowStatus;
  publishAt: string | null;
  firstPublishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  translations: Partial<Record<string, { status: WorkflowStatus }>>;
  translationStatus?: TranslationStatus | undefined;
}

/** What one kind tells the shared list. */
export interface StaffListKind<T extends ListedItem, K extends TitleColumn, O> {
  kind: ContentKind;
  /** The column of the kind's translation table that holds the title, searched by `q`; also the row's name for it. */
  titleColumn: K;
  /** Reads whole items by id. */
  loadItems: (db: Queryable, ids: readonly string[]) => Promise<T[]>;
  /** A text's title, as the item read back holds it. */
  titleOf: (text: NonNullable<T['translations'][string]>) => string;
  /** The row's columns of the kind's own (a section, a category, a first start). */
  ownFields: (item: T) => O;
  /** Orders of the kind's own beyond those every list has, as the SQL value they order by (ascending first). */
  ownSorts?: Record<string, RawBuilder<string>>;
}

type TitleColumn = 'headline' | 'title' | 'name';

/** The fields every editorial list row has besides its title. */
export interface CommonStaffSummary {
  id: string;
  slug: string;
  status: WorkflowStatus;
  authorId: string | null;
  publishAt: string | null;
  firstPublishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  localeStatuses: Record<string, WorkflowStatus>;
  translationStatus: TranslationStatus;
}

/** A row of one kind's editorial list: the common fields, the title under the kind's name for it, and its own. */
export type StaffSummary<K extends TitleColumn, O> = CommonStaffSummary & { [P in K]: string } & { [P in `${K}Locale`]: string } & O;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
// A title orders by its first hundred characters, ignoring case: enough to order by, and short enough for a cursor.
const titleSortLength = 100;

function isStale(status: TranslationStatus | undefined): boolean {
  return Object.values(status ?? {}).some((locale) => locale.stale.length > 0);
}

/** The SQL that finds who wrote an item: an article's own column, else the author of the first saved version. */
function authorOf(kind: ContentKind): RawBuilder<string | null> {
  if (kind === 'article') return sql<string | null>`x.author_id`;
  return sql<string | null>`(select r.author_id from revisions r where r.entity_type = ${kind} and r.entity_id = x.id order by r.version, r.created_at limit 1)`;
}

/**
 * The editorial list of one kind: every workflow state, keyset-paged in the chosen order. The list it answers takes
 * the query, the caller's id (for `author=me`) and the kind's own filters as SQL over the main row `x` (null:
 * nothing can match them, as for a section that does not exist).
 */
export function createStaffList<T extends ListedItem, K extends TitleColumn, O>({ db, dialect }: Database, settings: ContentSettings, spec: StaffListKind<T, K, O>) {
  const { main, texts, owner } = contentTables[spec.kind];
  // Case-insensitive on both engines (SQLite's LIKE already is, for ASCII), with `\` as the escape on both.
  const like = dialect === 'postgres' ? sql.raw('ilike') : sql.raw('like');
  const textOf = (condition: Condition) =>
    sql`exists (select 1 from ${sql.table(texts)} t where ${sql.ref(`t.${owner}`)} = x.id and ${condition})`;

  function orderValue(sort: string, chain: readonly string[]): RawBuilder<string> {
    if (sort.startsWith('updated')) return sql<string>`x.updated_at`;
    if (sort.startsWith('created')) return sql<string>`x.created_at`;
    const own = spec.ownSorts?.[sort.replace(/-(asc|desc)$/, '')];
    if (own !== undefined) return own;
    // The title shown: in the first locale of the chain the item has, else its slug.
    const titles = chain.map((locale) => sql`(select ${sql.ref(`t.${spec.titleColumn}`)} from ${sql.table(texts)} t where ${sql.ref(`t.${owner}`)} = x.id and t.locale = ${locale})`);
    return sql<string>`lower(substr(coalesce(${sql.join([...titles, sql`x.slug`])}), 1, ${titleSortLength}))`;
  }

  function conditionsOf(query: StaffListQuery, callerId: string): Condition[] {
    const conditions: Condition[] = [];
    if (query.status !== undefined) conditions.push(sql`x.status = ${query.status}`);
    if (query.author !== undefined) conditions.push(sql`${authorOf(spec.kind)} = ${query.author === 'me' ? callerId : query.author}`);
    if (query.locale !== undefined) conditions.push(textOf(sql`t.locale = ${query.locale}`));
    if (query.q !== undefined) conditions.push(textOf(sql`${sql.ref(`t.${spec.titleColumn}`)} ${like} ${`%${escapeLike(query.q)}%`} escape '\\'`));
    // Only an item with recorded translation sources can have a stale translation; the rest is decided once read.
    if (query.translationStatus === 'stale') {
      conditions.push(sql`exists (select 1 from translation_sources s where s.entity_type = ${spec.kind} and s.entity_id = x.id)`);
    }
    return conditions;
  }

  return async function listForStaff(query: StaffListQuery, callerId: string, own: Condition[] | null = []): Promise<{ items: StaffSummary<K, O>[]; nextCursor: string | null }> {
    if (own === null) return { items: [], nextCursor: null };
    const chain = localeChain(query.locale ?? settings.locales.defaultLocale, settings.locales);
    const value = orderValue(query.sort, chain);
    const descending = query.sort.endsWith('desc');
    const [beyond, direction] = descending ? [sql.raw('<'), sql.raw('desc')] : [sql.raw('>'), sql.raw('asc')];
    const conditions = [...conditionsOf(query, callerId), ...own];
    const matches: { at: string; summary: StaffSummary<K, O> }[] = [];
    let after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    // The translation filter is decided on items read back, so rows are read in batches until a page is full.
    for (;;) {
      const keyset = after === undefined ? [] : [sql`(${value} ${beyond} ${after.at} or (${value} = ${after.at} and x.id ${beyond} ${after.id}))`];
      const where = [...conditions, ...keyset];
      const { rows } = await sql<{ id: string; at: string; author_id: string | null }>`
        select x.id, ${value} as at, ${authorOf(spec.kind)} as author_id from ${sql.table(main)} x
        ${where.length === 0 ? sql`` : sql`where ${sql.join(where, sql` and `)}`}
        order by at ${direction}, x.id ${direction} limit ${query.limit + 1}`.execute(db);
      const items = new Map((await spec.loadItems(db, rows.map((row) => row.id))).map((item) => [item.id, item]));
      for (const row of rows) {
        const item = items.get(row.id);
        if (item === undefined) continue;
        const withStatus = await withTranslationStatus(db, spec.kind, item as T & { translations: Record<string, Record<string, unknown>> }, settings.locales);
        if (query.translationStatus !== undefined && isStale(withStatus.translationStatus) !== (query.translationStatus === 'stale')) continue;
        matches.push({ at: row.at, summary: summaryOf(withStatus, row.author_id, chain) });
        if (matches.length > query.limit) break;
      }
      const last = rows.at(-1);
      if (matches.length > query.limit || rows.length <= query.limit || last === undefined) break;
      after = { at: last.at, id: last.id };
    }
    const page = matches.slice(0, query.limit);
    const lastMatch = page.at(-1);
    const nextCursor = matches.length > query.limit && lastMatch ? encodeCursor({ at: lastMatch.at, id: lastMatch.summary.id }) : null;
    return { items: page.map((match) => match.summary), nextCursor };
  };

  function summaryOf(item: T, authorId: string | null, chain: readonly string[]): StaffSummary<K, O> {
    const locales = Object.keys(item.translations);
    const titleLocale = chain.find((locale) => locales.includes(locale)) ?? locales[0] ?? '';
    const text = item.translations[titleLocale];
    const title = text === undefined ? item.slug : spec.titleOf(text as NonNullable<T['translations'][string]>);
    return {
      id: item.id,
      slug: item.slug,
      status: item.status,
      authorId,
      publishAt: item.publishAt,
      firstPublishedAt: item.firstPublishedAt,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
      version: item.version,
      localeStatuses: Object.fromEntries(Object.entries(item.translations).flatMap(([locale, t]) => (t === undefined ? [] : [[locale, t.status]]))),
      translationStatus: item.translationStatus ?? {},
      [spec.titleColumn]: title,
      [`${spec.titleColumn}Locale`]: titleLocale,
      ...spec.ownFields(item),
    } as StaffSummary<K, O>;
  }
}
