import { type StaffArticleListQuerySchema, type StaffArticlePage, sectionWithDescendants } from '@kraina/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { createStaffList } from '../editorial/staff-list.js';
import { loadSections } from '../section/section-store.js';
import { loadArticles } from './article-rows.js';

type StaffListQuery = z.output<typeof StaffArticleListQuerySchema>;

/** Staff reads of articles: every workflow state, for the editorial app's lists, dashboard and editor. */
export function createArticleStaffQueries(database: Database, settings: ContentSettings) {
  const list = createStaffList(database, settings, {
    kind: 'article',
    titleColumn: 'headline',
    loadItems: loadArticles,
    titleOf: (text) => text.headline,
    ownFields: (article) => ({ section: article.section }),
  });

  return {
    /**
     * One page of articles in any state, keyset-paged in the chosen order. `callerId` stands for `author=me`, so
     * "my drafts" needs no lookup of one's own id; a section includes its sub-sections.
     */
    async listForStaff(query: StaffListQuery, callerId: string): Promise<StaffArticlePage> {
      if (query.section === undefined) return list(query, callerId);
      const sections = await loadSections(database.db);
      const ids = sectionWithDescendants(sections, query.section).flatMap((slug) => sections.find((s) => s.slug === slug)?.id ?? []);
      // A section that does not exist holds nothing.
      return list(query, callerId, ids.length === 0 ? null : [sql`x.section_id in (${sql.join(ids)})`]);
    },
  };
}
