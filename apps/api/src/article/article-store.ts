import { randomUUID } from 'node:crypto';
import {
  AppError,
  type Article,
  type CreateArticleInput,
  CreateArticleInputSchema,
  type Section,
  UpdateArticleInputSchema,
  richTextToPlainText,
} from '@kraina/core';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { dayInZone, nowIso } from '../content/clock.js';
import type { ContentSettings } from '../content/content-settings.js';
import { type WorkflowChange, createPublishableStore } from '../content/publishable-store.js';
import { updateAtVersion } from '../content/version-guard.js';
import type { Database } from '../db/database.js';
import { toJson } from '../db/json.js';
import type { Tables } from '../db/tables.js';
import { loadSections } from '../section/section-store.js';
import { type ImportedArticle, type PublishedArticleImport, importPublishedArticles } from './article-import.js';
import { refreshPositions, scopesOf } from './article-positions.js';
import { createArticleQueries } from './article-queries.js';
import { createArticleStaffQueries } from './article-staff-queries.js';
import { loadArticles } from './article-rows.js';

type CreateInput = z.output<typeof CreateArticleInputSchema>;
type UpdateInput = z.output<typeof UpdateArticleInputSchema>;
type TextInput = CreateInput['translations'][string];

/** A change of workflow state, as the editorial workflow (or the demo loader) applies it. */
export type ArticleWorkflowChange = WorkflowChange;

function sectionIdOf(sections: readonly Section[], slug: string): string {
  const section = sections.find((s) => s.slug === slug);
  if (!section) throw new AppError('invalid-input', `No section "${slug}"`, { issues: [{ pointer: '#/body/section', detail: `No section "${slug}"` }] });
  return section.id;
}

/** The articles: the only code that writes article rows, their translations, positions and search text. */
export function createArticleStore(database: Database, settings: ContentSettings) {
  const { db, dialect } = database;

  // After any save the numbered lists follow, from the earliest publication time the save touched.
  async function refreshPositionsAfter(trx: Transaction<Tables>, before: Article | undefined, after: Article | undefined): Promise<void> {
    const sections = await loadSections(trx);
    const times = [before, after].flatMap((a) => (a?.status === 'published' && a.firstPublishedAt ? [a.firstPublishedAt] : []));
    if (times.length === 0) return;
    const scopes = [before, after].flatMap((a) => (a ? scopesOf(sections, sectionIdOf(sections, a.section)) : []));
    await refreshPositions(trx, dialect, settings, sections, scopes, times.sort()[0] as string);
  }

  const content = createPublishableStore<'article', Article, TextInput>(database, settings, {
    kind: 'article',
    loadItems: loadArticles,
    titleOf: (text) => text.headline,
    textColumns: (text) => ({ headline: text.headline, lead: text.lead ?? null, body_json: toJson(text.body) }),
    searchText: (_article, text) => ({ title: text.headline, body: [text.lead ?? '', richTextToPlainText(text.body)].join('\n\n') }),
    publicationColumns: (publishedAt) => ({ published_day: publishedAt === null ? null : dayInZone(publishedAt, settings.timeZone) }),
    afterSave: refreshPositionsAfter,
  });

  return {
    ...createArticleQueries(database, settings),
    ...createArticleStaffQueries(database, settings),

    /** Creates a draft; every locale starts as a draft. */
    async create(input: CreateArticleInput, authorId: string | null = null, options: { id?: string } = {}): Promise<Article> {
      const value = CreateArticleInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const sections = await loadSections(trx);
        const sectionId = sectionIdOf(sections, value.section);
        const slug = await content.slugForNew(trx, value.slug, value.translations);
        const id = options.id ?? randomUUID(); // a given id keeps imported and demo links stable
        const now = nowIso();
        await trx
          .insertInto('articles')
          .values({
            id,
            slug,
            status: 'draft',
            section_id: sectionId,
            publish_at: null,
            first_published_at: null,
            published_day: null,
            dateline_json: value.dateline === null ? null : toJson(value.dateline),
            author_id: authorId,
            lead_image_json: value.leadImage === null ? null : toJson(value.leadImage),
            gallery_json: toJson(value.gallery),
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
        await content.writeOwnRows(trx, id, value);
        return content.recordRevision(trx, id, authorId, now);
      });
    },

    /** Changes an article based on `expectedVersion`; a stale version changes nothing and answers a conflict. */
    async update(id: string, input: UpdateInput, expectedVersion?: number, authorId: string | null = null, restoredFrom?: string): Promise<Article> {
      const value = UpdateArticleInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const before = await content.load(trx, id);
        content.checkVersion(before, expectedVersion ?? value.version);
        const sections = await loadSections(trx);
        await content.refuseSlugChange(trx, before, value.slug);
        const now = nowIso();
        await updateAtVersion(trx, 'article', before, {
          ...(value.slug === undefined ? {} : { slug: value.slug }),
          ...(value.section === undefined ? {} : { section_id: sectionIdOf(sections, value.section) }),
          ...(value.dateline === undefined ? {} : { dateline_json: value.dateline === null ? null : toJson(value.dateline) }),
          ...(value.leadImage === undefined ? {} : { lead_image_json: value.leadImage === null ? null : toJson(value.leadImage) }),
          ...(value.gallery === undefined ? {} : { gallery_json: toJson(value.gallery) }),
          updated_at: now,
        });
        await content.writeOwnRows(trx, id, value, before);
        return content.finishSave(trx, before, authorId, now, restoredFrom);
      });
    },

    /** Moves an article and its locales to new workflow states (publishing, unpublishing, archiving). */
    changeWorkflow: content.changeWorkflow,

    /**
     * Imports published articles in one transaction: all of them or, if any is invalid or takes a slug in use,
     * none. Lists, numbered pages and search then read as if each had been created and published in turn.
     */
    async importPublished(items: readonly PublishedArticleImport[], authorId: string | null = null): Promise<ImportedArticle[]> {
      return db.transaction().execute((trx) => importPublishedArticles(trx, dialect, settings, items, authorId));
    },

    /** Deletes an article, its translations, positions and search text; its revisions stay. */
    delete: content.delete,

    /** Reads any article, whatever its state, for staff. */
    getById: content.getById,
  };
}

/** The article store's operations. */
export type ArticleStore = ReturnType<typeof createArticleStore>;
