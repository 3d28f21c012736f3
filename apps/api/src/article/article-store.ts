import { randomUUID } from 'node:crypto';
import {
  AppError,
  type Article,
  type CreateArticleInput,
  CreateArticleInputSchema,
  type Section,
  UpdateArticleInputSchema,
  type WorkflowStatus,
  richTextToPlainText,
  slugify,
  uniqueSlug,
} from '@kraina/core';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { dayInZone, nowIso, toStoredInstant } from '../content/clock.js';
import type { ContentSettings } from '../content/content-settings.js';
import { writeRelated, writeRevision, writeTags } from '../content/related-rows.js';
import type { Database } from '../db/database.js';
import { toJson } from '../db/json.js';
import type { Tables } from '../db/tables.js';
import { indexForSearch } from '../search/search-index.js';
import { loadSections } from '../section/section-store.js';
import { type ImportedArticle, type PublishedArticleImport, importPublishedArticles } from './article-import.js';
import { refreshPositions, scopesOf } from './article-positions.js';
import { createArticleQueries } from './article-queries.js';
import { loadArticles } from './article-rows.js';

type CreateInput = z.output<typeof CreateArticleInputSchema>;
type UpdateInput = z.output<typeof UpdateArticleInputSchema>;
type TextInput = CreateInput['translations'][string];

/** A change of workflow state, as the editorial workflow (or the demo loader) applies it. */
export interface ArticleWorkflowChange {
  status: WorkflowStatus;
  /** Per-locale states to set; locales not named keep theirs. */
  locales?: Record<string, WorkflowStatus>;
  /** When it was first published; defaults to now on first publication. */
  publishedAt?: string;
  publishAt?: string | null;
}

function sectionIdOf(sections: readonly Section[], slug: string): string {
  const section = sections.find((s) => s.slug === slug);
  if (!section) throw new AppError('invalid-input', `No section "${slug}"`, { issues: [{ pointer: '#/body/section', detail: `No section "${slug}"` }] });
  return section.id;
}

/** The articles: the only code that writes article rows, their translations, positions and search text. */
export function createArticleStore(database: Database, settings: ContentSettings) {
  const { db, dialect } = database;

  async function isSlugTaken(trx: Transaction<Tables>, slug: string, exceptId?: string): Promise<boolean> {
    let main = trx.selectFrom('articles').select('id').where('slug', '=', slug);
    let localized = trx.selectFrom('article_translations').select('article_id as id').where('slug', '=', slug);
    if (exceptId) {
      main = main.where('id', '<>', exceptId);
      localized = localized.where('article_id', '<>', exceptId);
    }
    return (await main.limit(1).execute()).length > 0 || (await localized.limit(1).execute()).length > 0;
  }

  async function writeTranslations(trx: Transaction<Tables>, id: string, texts: Record<string, TextInput>, statuses: Record<string, WorkflowStatus>): Promise<void> {
    for (const [locale, text] of Object.entries(texts)) {
      if (text.slug !== undefined && (await isSlugTaken(trx, text.slug, id))) {
        throw new AppError('conflict', `The slug "${text.slug}" is taken`, { issues: [{ pointer: `#/body/translations/${locale}/slug`, detail: 'Already taken' }] });
      }
      await trx.deleteFrom('article_translations').where('article_id', '=', id).where('locale', '=', locale).execute();
      await trx
        .insertInto('article_translations')
        .values({
          article_id: id,
          locale,
          headline: text.headline,
          lead: text.lead ?? null,
          body_json: toJson(text.body),
          slug: text.slug ?? null,
          status: statuses[locale] ?? 'draft',
        })
        .execute();
    }
  }

  // After any save: search knows only published locales of published articles, and the numbered lists follow.
  async function afterSave(trx: Transaction<Tables>, before: Article | undefined, after: Article | undefined): Promise<void> {
    const sections = await loadSections(trx);
    const times = [before, after].flatMap((a) => (a?.status === 'published' && a.firstPublishedAt ? [a.firstPublishedAt] : []));
    if (times.length > 0) {
      const scopes = [before, after].flatMap((a) => (a ? scopesOf(sections, sectionIdOf(sections, a.section)) : []));
      await refreshPositions(trx, dialect, settings, sections, scopes, times.sort()[0] as string);
    }
    const article = after ?? before;
    if (!article) return;
    const documents =
      after?.status === 'published'
        ? Object.entries(after.translations)
            .filter(([, t]) => t?.status === 'published')
            .map(([locale, t]) => ({
              locale,
              title: (t).headline,
              body: [(t).lead ?? '', richTextToPlainText((t).body)].join('\n\n'),
              publishedAt: after.firstPublishedAt,
            }))
        : [];
    await indexForSearch(trx, dialect, 'article', article.id, documents);
  }

  async function load(trx: Transaction<Tables>, id: string): Promise<Article> {
    const [article] = await loadArticles(trx, [id]);
    if (!article) throw new AppError('not-found', `No article ${id}`);
    return article;
  }

  function checkVersion(current: Article, expected: number | undefined): void {
    if (expected !== undefined && expected !== current.version) {
      throw new AppError('version-conflict', `Article "${current.slug}" is at version ${current.version}; your change was based on ${expected}`);
    }
  }

  return {
    ...createArticleQueries(database, settings),

    /** Creates a draft; every locale starts as a draft. */
    async create(input: CreateArticleInput, authorId: string | null = null, options: { id?: string } = {}): Promise<Article> {
      const value = CreateArticleInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const sections = await loadSections(trx);
        const sectionId = sectionIdOf(sections, value.section);
        const firstText = value.translations[settings.locales.defaultLocale] ?? Object.values(value.translations)[0];
        const slug = value.slug ?? (await uniqueSlug(slugify(firstText?.headline ?? '', 'article'), (s) => isSlugTaken(trx, s)));
        if (value.slug !== undefined && (await isSlugTaken(trx, value.slug))) {
          throw new AppError('conflict', `The slug "${value.slug}" is taken`, { issues: [{ pointer: '#/body/slug', detail: 'Already taken' }] });
        }
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
        await writeTranslations(trx, id, value.translations, {});
        await writeTags(trx, 'article', id, value.tags);
        await writeRelated(trx, 'article', id, value.related);
        const article = await load(trx, id);
        await writeRevision(trx, { type: 'article', id, version: 1, snapshot: article, authorId, at: now });
        return article;
      });
    },

    /** Changes an article based on `expectedVersion`; a stale version changes nothing and answers a conflict. */
    async update(id: string, input: UpdateInput, expectedVersion?: number, authorId: string | null = null): Promise<Article> {
      const value = UpdateArticleInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const before = await load(trx, id);
        checkVersion(before, expectedVersion ?? value.version);
        const sections = await loadSections(trx);
        if (value.slug !== undefined && value.slug !== before.slug && (await isSlugTaken(trx, value.slug, id))) {
          throw new AppError('conflict', `The slug "${value.slug}" is taken`, { issues: [{ pointer: '#/body/slug', detail: 'Already taken' }] });
        }
        const now = nowIso();
        const updated = await trx
          .updateTable('articles')
          .set({
            ...(value.slug === undefined ? {} : { slug: value.slug }),
            ...(value.section === undefined ? {} : { section_id: sectionIdOf(sections, value.section) }),
            ...(value.dateline === undefined ? {} : { dateline_json: value.dateline === null ? null : toJson(value.dateline) }),
            ...(value.leadImage === undefined ? {} : { lead_image_json: value.leadImage === null ? null : toJson(value.leadImage) }),
            ...(value.gallery === undefined ? {} : { gallery_json: toJson(value.gallery) }),
            updated_at: now,
            version: before.version + 1,
          })
          .where('id', '=', id)
          .where('version', '=', before.version) // the row lock that makes two concurrent saves impossible to interleave
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) throw new AppError('version-conflict', `Someone else saved article "${before.slug}" first`);
        if (value.translations) {
          const statuses = Object.fromEntries(Object.entries(before.translations).map(([l, t]) => [l, t?.status ?? 'draft']));
          await writeTranslations(trx, id, value.translations, statuses);
        }
        if (value.tags) await writeTags(trx, 'article', id, value.tags);
        if (value.related) await writeRelated(trx, 'article', id, value.related);
        const after = await load(trx, id);
        await writeRevision(trx, { type: 'article', id, version: after.version, snapshot: after, authorId, at: now });
        await afterSave(trx, before, after);
        return after;
      });
    },

    /** Moves an article and its locales to new workflow states (publishing, unpublishing, archiving). */
    async changeWorkflow(id: string, change: ArticleWorkflowChange, authorId: string | null = null): Promise<Article> {
      return db.transaction().execute(async (trx) => {
        const before = await load(trx, id);
        const now = nowIso();
        const publishedAt = change.status === 'published' ? (before.firstPublishedAt ?? toStoredInstant(change.publishedAt ?? now)) : before.firstPublishedAt;
        await trx
          .updateTable('articles')
          .set({
            status: change.status,
            first_published_at: publishedAt,
            published_day: publishedAt === null ? null : dayInZone(publishedAt, settings.timeZone),
            ...(change.publishAt === undefined ? {} : { publish_at: change.publishAt }),
            updated_at: now,
            version: before.version + 1,
          })
          .where('id', '=', id)
          .where('version', '=', before.version)
          .execute();
        for (const [locale, status] of Object.entries(change.locales ?? {})) {
          await trx.updateTable('article_translations').set({ status }).where('article_id', '=', id).where('locale', '=', locale).execute();
        }
        const after = await load(trx, id);
        await writeRevision(trx, { type: 'article', id, version: after.version, snapshot: after, authorId, at: now });
        await afterSave(trx, before, after);
        return after;
      });
    },

    /**
     * Imports published articles in one transaction: all of them or, if any is invalid or takes a slug in use,
     * none. Lists, numbered pages and search then read as if each had been created and published in turn.
     */
    async importPublished(items: readonly PublishedArticleImport[], authorId: string | null = null): Promise<ImportedArticle[]> {
      return db.transaction().execute((trx) => importPublishedArticles(trx, dialect, settings, items, authorId));
    },

    /** Deletes an article, its translations, positions and search text. */
    async delete(id: string, expectedVersion?: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = await load(trx, id);
        checkVersion(before, expectedVersion);
        await trx.deleteFrom('tags').where('owner_type', '=', 'article').where('owner_id', '=', id).execute();
        await trx.deleteFrom('related_items').where('owner_type', '=', 'article').where('owner_id', '=', id).execute();
        await trx.deleteFrom('articles').where('id', '=', id).execute();
        await afterSave(trx, before, undefined);
      });
    },

    /** Reads any article, whatever its state, for staff. */
    async getById(id: string): Promise<Article | undefined> {
      return (await loadArticles(db, [id]))[0];
    },
  };
}

/** The article store's operations. */
export type ArticleStore = ReturnType<typeof createArticleStore>;
