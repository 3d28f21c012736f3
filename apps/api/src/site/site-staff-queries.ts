import type { StaffSiteListQuerySchema, StaffSitePage } from '@kraina/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { createStaffList } from '../editorial/staff-list.js';
import { loadSites } from './site-rows.js';

type StaffListQuery = z.output<typeof StaffSiteListQuerySchema>;

/** Staff reads of places: every workflow state, for the editorial app's lists and dashboard. */
export function createSiteStaffQueries(database: Database, settings: ContentSettings) {
  const list = createStaffList(database, settings, {
    kind: 'site',
    titleColumn: 'name',
    loadItems: loadSites,
    titleOf: (text) => text.name,
    ownFields: (site) => ({ kind: site.kind, region: site.region }),
  });

  return {
    /** One page of places in any state, keyset-paged in the chosen order; `callerId` stands for `author=me`. */
    listForStaff(query: StaffListQuery, callerId: string): Promise<StaffSitePage> {
      const own = [
        ...(query.kind === undefined ? [] : [sql`x.kind = ${query.kind}`]),
        ...(query.region === undefined ? [] : [sql`x.region = ${query.region}`]),
      ];
      return list(query, callerId, own);
    },
  };
}
