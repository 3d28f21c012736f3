import type { ContractHandlers } from '../contract/contract-handlers.js';
import type { Database } from '../db/database.js';
import type { ContentSettings } from './content-settings.js';
import { readContentVersion } from './content-version.js';
import { createRelatedLookup } from './related-lookup.js';

type ContentHandlers = Pick<ContractHandlers, 'lookupRelated' | 'getContentVersion'>;

/** Reads across kinds: related items by id, and the version sites poll to know their copies are stale. */
export function contentHandlers(database: Database, settings: ContentSettings, now?: () => Date): ContentHandlers {
  const related = createRelatedLookup(database, settings, now);
  return {
    lookupRelated: ({ query, locale }) => related.lookup(query, locale),
    getContentVersion: async () => ({ version: await readContentVersion(database.db) }),
  };
}
