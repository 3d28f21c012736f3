import { createArticleStore } from '../article/article-store.js';
import type { Database } from '../db/database.js';
import { createEventStore } from '../event/event-store.js';
import { createSearchQueries } from '../search/search-queries.js';
import { createSectionStore } from '../section/section-store.js';
import { createSiteStore } from '../site/site-store.js';
import type { ContentSettings } from './content-settings.js';

/** Every store over one database: the only code that reads and writes its rows. */
export function createContentStores(database: Database, settings: ContentSettings) {
  return {
    sections: createSectionStore(database),
    articles: createArticleStore(database, settings),
    events: createEventStore(database, settings),
    sites: createSiteStore(database, settings),
    search: createSearchQueries(database, settings),
  };
}

/** The stores the API and the CLI work through. */
export type ContentStores = ReturnType<typeof createContentStores>;
