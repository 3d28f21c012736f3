import { randomUUID } from 'node:crypto';
import {
  AppError,
  type Article,
  type ArticleText,
  type CreateArticleInput,
  CreateArticleInputSchema,
  type FieldIssue,
  type Section,
  TimestampSchema,
  type WorkflowStatus,
  WorkflowStatusSchema,
  richTextToPlainText,
  slugify,
  uniqueSlug,
  validate,
} from '@kraina/core';
import type { Insertable, Transaction } from 'kysely';
import type { z } from 'zod';
import { dayInZone, nowIso, toStoredInstant } from '../content/clock.js';
import type { ContentSettings } from '../content/content-settings.js';
import type { Dialect } from '../db/database.js';
import { insertInChunks } from '../db/insert-in-chunks.js';
import { toJson } from '../db/json.js';
import type { Tables } from '../db/tables.js';
import { type SearchEntry, indexManyForSearch } from '../search/search-index.js';
import { loadSections } from '../section/section-store.js';
import { refreshPositions, scopesOf } from './article-positions.js';

// An archive moved from an old system, or the benchmark's hundred thousand stories, arrives already published.
// Saving each through create and changeWorkflow costs two transactions, a slug probe per candidate and a rebuild
// of the numbered lists' tail per article; here every row is written in a few multi-row statements and the lists
// and search are brought up to date once at the end. What readers see afterwards is the same (the store test
// proves it); each article has one revision, version 1, instead of a draft's and a publication's.

/** One article to import as published: what staff would send, when it was first published, and each locale's state. */
export interface PublishedArticleImport {
  input: CreateArticleInput;
  /** When it was first published, an ISO instant with an offset. */
  publishedAt: string;
  /** Each locale's own state; a locale not named stays a draft, as after create. */
  locales: Record<string, WorkflowStatus>;
}

/** Where an imported article landed. */
export interface ImportedArticle {
  id: string;
  slug: string;
}

type Input = z.output<typeof CreateArticleInputSchema>;
type Row<T extends keyof Tables> = Insertable<Tables[T]>;

interface Checked {
  input: Input;
  publishedAt: string;
  locales: Record<string, WorkflowStatus>;
  sectionId: string;
}

function checkItems(items: readonly PublishedArticleImport[], sections: readonly Section[]): Checked[] {
  const issues: FieldIssue[] = [];
  const checked = items.map((item, index): Checked | undefined => {
    const at = (path: string) => `#/items/${index}${path}`;
    const input = validate(CreateArticleInputSchema, item.input);
    if (!input.ok) issues.push(...input.issues.map((issue) => ({ ...issue, pointer: at(`/input${issue.pointer.slice(1)}`) })));
    if (!TimestampSchema.safeParse(item.publishedAt).success) issues.push({ pointer: at('/publishedAt'), detail: 'Must be an ISO instant with an offset' });
    for (const [locale, status] of Object.entries(item.locales)) {
      if (!WorkflowStatusSchema.safeParse(status).success) issues.push({ pointer: at(`/locales/${locale}`), detail: 'Not a workflow state' });
      if (input.ok && input.value.translations[locale] === undefined) issues.push({ pointer: at(`/locales/${locale}`), detail: 'No text in this locale' });
    }
    if (!input.ok) return undefined;
    const section = sections.find((s) => s.slug === input.value.section);
    if (!section) {
      issues.push({ pointer: at('/input/section'), detail: `No section "${input.value.section}"` });
      return undefined;
    }
    return { input: input.value, publishedAt: item.publishedAt, locales: item.locales, sectionId: section.id };
  });
  if (issues.length > 0) throw new AppError('invalid-input', `${issues.length} field(s) of the import are not valid`, { issues });
  return checked as Checked[];
}

/** Every slug already used by an article, main or per locale: one read, so checking a hundred thousand costs nothing more. */
async function takenSlugs(trx: Transaction<Tables>): Promise<Set<string>> {
  const [main, localized] = await Promise.all([
    trx.selectFrom('articles').select('slug').execute(),
    trx.selectFrom('article_translations').select('slug').where('slug', 'is not', null).execute(),
  ]);
  return new Set([...main.map((r) => r.slug), ...localized.flatMap((r) => (r.slug === null ? [] : [r.slug]))]);
}

/** Writes published articles in bulk, inside the caller's transaction; the article store's `importPublished`. */
export async function importPublishedArticles(
  trx: Transaction<Tables>,
  dialect: Dialect,
  settings: ContentSettings,
  items: readonly PublishedArticleImport[],
  authorId: string | null,
): Promise<ImportedArticle[]> {
  if (items.length === 0) return [];
  const sections = await loadSections(trx);
  const checked = checkItems(items, sections);
  const taken = await takenSlugs(trx);
  const claim = (slug: string, pointer: string) => {
    if (taken.has(slug)) throw new AppError('conflict', `The slug "${slug}" is taken`, { issues: [{ pointer, detail: 'Already taken' }] });
    taken.add(slug);
  };

  const now = nowIso();
  const rows = { articles: [] as Row<'articles'>[], texts: [] as Row<'article_translations'>[], tags: [] as Row<'tags'>[], links: [] as Row<'related_items'>[], revisions: [] as Row<'revisions'>[] };
  const search: SearchEntry[] = [];
  const scopes = new Set<string>();
  const imported: ImportedArticle[] = [];
  let earliest: string | undefined;

  for (const [index, { input, publishedAt, locales, sectionId }] of checked.entries()) {
    for (const [locale, text] of Object.entries(input.translations)) {
      if (text.slug !== undefined) claim(text.slug, `#/items/${index}/input/translations/${locale}/slug`);
    }
    let slug = input.slug;
    if (slug === undefined) {
      const firstText = input.translations[settings.locales.defaultLocale] ?? Object.values(input.translations)[0];
      slug = await uniqueSlug(slugify(firstText?.headline ?? '', 'article'), (s) => taken.has(s));
    }
    claim(slug, `#/items/${index}/input/slug`);

    const id = randomUUID();
    const firstPublishedAt = toStoredInstant(publishedAt);
    if (earliest === undefined || firstPublishedAt < earliest) earliest = firstPublishedAt;
    for (const scope of scopesOf(sections, sectionId)) scopes.add(scope);

    const translations: Record<string, ArticleText> = {};
    for (const [locale, text] of Object.entries(input.translations)) {
      const status = locales[locale] ?? 'draft';
      translations[locale] = { ...text, status };
      rows.texts.push({ article_id: id, locale, headline: text.headline, lead: text.lead ?? null, body_json: toJson(text.body), slug: text.slug ?? null, status });
    }
    rows.articles.push({
      id,
      slug,
      status: 'published',
      section_id: sectionId,
      publish_at: null,
      first_published_at: firstPublishedAt,
      published_day: dayInZone(firstPublishedAt, settings.timeZone),
      dateline_json: input.dateline === null ? null : toJson(input.dateline),
      author_id: authorId,
      lead_image_json: input.leadImage === null ? null : toJson(input.leadImage),
      gallery_json: toJson(input.gallery),
      created_at: now,
      updated_at: now,
      version: 1,
    });
    rows.tags.push(...input.tags.map((tag) => ({ owner_type: 'article', owner_id: id, tag })));
    for (const [targetType, targets] of [['article', input.related.articles], ['event', input.related.events], ['site', input.related.sites]] as const) {
      rows.links.push(...[...new Set(targets)].map((targetId, position) => ({ owner_type: 'article', owner_id: id, target_type: targetType, target_id: targetId, position })));
    }
    const article: Article = {
      id,
      slug,
      section: input.section,
      status: 'published',
      translations,
      dateline: input.dateline,
      authorId,
      leadImage: input.leadImage,
      gallery: input.gallery,
      tags: [...input.tags].sort(),
      related: { articles: [...new Set(input.related.articles)], events: [...new Set(input.related.events)], sites: [...new Set(input.related.sites)] },
      publishAt: null,
      firstPublishedAt,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    rows.revisions.push({ id: randomUUID(), entity_type: 'article', entity_id: id, version: 1, author_id: authorId, created_at: now, restored_from: null, snapshot_json: JSON.stringify(article) });
    search.push({
      entityId: id,
      documents: Object.entries(translations)
        .filter(([, t]) => t.status === 'published')
        .map(([locale, t]) => ({ locale, title: t.headline, body: [t.lead ?? '', richTextToPlainText(t.body)].join('\n\n'), publishedAt: firstPublishedAt })),
    });
    imported.push({ id, slug });
  }

  await insertInChunks(trx, 'articles', rows.articles);
  await insertInChunks(trx, 'article_translations', rows.texts);
  await insertInChunks(trx, 'tags', rows.tags);
  await insertInChunks(trx, 'related_items', rows.links);
  await insertInChunks(trx, 'revisions', rows.revisions);
  // Once, from the earliest imported story: positions of older stories stay as they are.
  await refreshPositions(trx, dialect, settings, sections, scopes, earliest ?? '');
  await indexManyForSearch(trx, dialect, 'article', search);
  return imported;
}
