import { type ArticleView, type EventView, type LocalizedString, type SiteView, buildPath, localeChain, routes } from '@kraina/core';
import type { Request, Response } from 'express';
import { sql } from 'kysely';
import { type ContentKind, contentTables } from '../content/content-kind.js';
import type { ContentSettings } from '../content/content-settings.js';
import { toPublicView } from '../content/public-view.js';
import { idsWithSlug } from '../content/slug-lookup.js';
import { isVisibleIn } from '../content/visibility.js';
import { apiBasePath } from '../contract/mount-contract.js';
import type { Database } from '../db/database.js';
import { fromJson } from '../db/json.js';
import type { ItemOfKind } from './publishing-candidates.js';

/** What a reader gets of each kind. */
interface ViewOfKind {
  article: ArticleView;
  event: EventView;
  site: SiteView;
}

const readRoute = { article: routes.getArticle, event: routes.getEvent, site: routes.getSite } as const;

/**
 * Public reads of withdrawn items: unpublished for good, they are in no list, search, calendar, feed or download, but
 * their page still answers by slug, as last published, with a notice saying when and why. While the item named as
 * its replacement is published, the page answers 301 with the replacement's address instead.
 */
export function createWithdrawnReads({ db }: Database, settings: ContentSettings) {
  const chainOf = (locale: string) => localeChain(locale, settings.locales);

  // Only while the replacement is readable in the reader's languages: otherwise the redirect would lead to a 404.
  async function replacementPath(kind: ContentKind, id: string | null, locale: string): Promise<string | undefined> {
    if (id === null) return undefined;
    const { main, texts } = contentTables[kind];
    const row = await db
      .selectFrom(main)
      .select('slug')
      .where('id', '=', id)
      .where('status', '=', 'published')
      .where(isVisibleIn(texts, sql.ref(`${main}.id`), chainOf(locale)))
      .executeTakeFirst();
    return row && `${apiBasePath}${buildPath(readRoute[kind].path, { slug: row.slug })}`;
  }

  /** The withdrawn item answering to `slug` for a reader of `locale`: its notice page, or where it moved. */
  async function find<K extends ContentKind>(kind: K, slug: string, locale: string): Promise<{ view: ViewOfKind[K]; movedTo: string | undefined } | undefined> {
    const { main } = contentTables[kind];
    const row = await db
      .selectFrom(main)
      .select(['id', 'withdrawn_at', 'withdrawal_reason_json', 'replaced_by', 'withdrawn_version'])
      .where('withdrawn_at', 'is not', null)
      .where('id', 'in', idsWithSlug(kind, slug))
      .limit(1)
      .executeTakeFirst();
    if (row === undefined || row.withdrawn_at === null || row.withdrawn_version === null) return undefined;
    const revision = await db
      .selectFrom('revisions')
      .select('snapshot_json')
      .where('entity_type', '=', kind)
      .where('entity_id', '=', row.id)
      .where('version', '=', row.withdrawn_version)
      .executeTakeFirst();
    const published = revision && (JSON.parse(revision.snapshot_json) as ItemOfKind[K]);
    const chain = chainOf(locale);
    if (!published || !chain.some((l) => published.translations[l]?.status === 'published')) return undefined;
    const { withdrawal: _staffOnly, ...item } = published;
    const reason = fromJson<LocalizedString>(row.withdrawal_reason_json) ?? {};
    // Readers see when and why; which item replaces it is for staff, and for the redirect once it is published.
    const view = { ...toPublicView(item, locale, settings), withdrawal: { at: row.withdrawn_at, reason } } as ViewOfKind[K];
    return { view, movedTo: await replacementPath(kind, row.replaced_by, locale) };
  }

  return {
    /**
     * Answers a read by slug that found no published item: the withdrawn item's page, or a 301 to its published
     * replacement sent on `res` (keeping the query, so `?locale=` carries over); undefined when nothing was withdrawn.
     */
    async read<K extends ContentKind>(kind: K, slug: string, locale: string, req: Request, res: Response): Promise<ViewOfKind[K] | undefined> {
      const found = await find(kind, slug, locale);
      if (found?.movedTo !== undefined) {
        const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
        res.redirect(301, `${found.movedTo}${query}`);
      }
      return found?.view;
    },
  };
}

/** The public reads of withdrawn items. */
export type WithdrawnReads = ReturnType<typeof createWithdrawnReads>;
