import { createArticleStore } from '../article/article-store.js';
import type { Database } from '../db/database.js';
import { createSectionStore } from '../section/section-store.js';
import type { ContentSettings } from './content-settings.js';

/** Every store over one database: the only code that reads and writes its rows. */
export function createContentStores(database: Database, settings: ContentSettings) {
  return {
    sections: createSectionStore(database),
    articles: createArticleStore(database, settings),
  };
}

/** The stores the API and the CLI work through. */
export type ContentStores = ReturnType<typeof createContentStores>;
