import type { Transaction } from 'kysely';
import { loadArticles } from '../article/article-rows.js';
import { refuseUnlessMayChange } from '../auth/content-access.js';
import type { ContentSettings } from '../content/content-settings.js';
import type { ContentStores } from '../content/content-stores.js';
import { confirmTranslation } from '../content/translation-sources.js';
import type { ContractHandlers } from '../contract/contract-handlers.js';
import { requiredVersionOf } from '../contract/if-match.js';
import type { Database } from '../db/database.js';
import type { Tables } from '../db/tables.js';
import { loadEvents } from '../event/event-rows.js';
import type { RevisionAuthors } from '../revision/revision-authors.js';
import { loadSites } from '../site/site-rows.js';

type TranslationHandlers = Pick<ContractHandlers, 'confirmArticleTranslation' | 'confirmEventTranslation' | 'confirmSiteTranslation'>;

const first =
  <T>(load: (db: Transaction<Tables>, ids: readonly string[]) => Promise<T[]>) =>
  async (trx: Transaction<Tables>, id: string): Promise<T | undefined> =>
    (await load(trx, [id]))[0];

/**
 * The routes by which a translator confirms a translation whose source changed: the fields stay as they are and
 * count as translated from the source as it is now. The content policy decides as for a change to that locale's
 * text, so a translator confirms only in the locales assigned to them.
 */
export function translationHandlers(database: Database, stores: ContentStores, authors: RevisionAuthors, settings: ContentSettings): TranslationHandlers {
  const asTranslationOf = (locale: string) => ({ translations: { [locale]: {} } });
  return {
    confirmArticleTranslation: async ({ params, body, staff, req }) => {
      const expectedVersion = requiredVersionOf(req, body.version);
      const article = await stores.articles.getById(params.id);
      refuseUnlessMayChange(staff, article && { authorId: article.authorId, status: article.status }, asTranslationOf(params.locale));
      return confirmTranslation(database, 'article', { ...params, fields: body.fields, expectedVersion }, first(loadArticles), settings.locales);
    },
    confirmEventTranslation: async ({ params, body, staff, req }) => {
      const expectedVersion = requiredVersionOf(req, body.version);
      const event = await stores.events.getById(params.id);
      refuseUnlessMayChange(staff, event && { authorId: await authors.firstAuthorOf('event', event.id), status: event.status }, asTranslationOf(params.locale));
      return confirmTranslation(database, 'event', { ...params, fields: body.fields, expectedVersion }, first(loadEvents), settings.locales);
    },
    confirmSiteTranslation: async ({ params, body, staff, req }) => {
      const expectedVersion = requiredVersionOf(req, body.version);
      const site = await stores.sites.getById(params.id);
      refuseUnlessMayChange(staff, site && { authorId: await authors.firstAuthorOf('site', site.id), status: site.status }, asTranslationOf(params.locale));
      return confirmTranslation(database, 'site', { ...params, fields: body.fields, expectedVersion }, first(loadSites), settings.locales);
    },
  };
}
