import type { Article, ArticleSummary, ArticleText, Dateline, ImageRef } from '@kraina/core';
import type { Kysely, Transaction } from 'kysely';
import { commonItemFields, groupByOwner, loadRelated, loadTags, textsByLocale } from '../content/owned-rows.js';
import { servedText } from '../content/public-view.js';
import { fromJson } from '../db/json.js';
import type { Tables } from '../db/tables.js';

type Queryable = Kysely<Tables> | Transaction<Tables>;

/** Reads whole articles by id, in the order given, with their translations, tags, links and section slug. */
export async function loadArticles(db: Queryable, ids: readonly string[]): Promise<Article[]> {
  if (ids.length === 0) return [];
  const [rows, texts, tagsOf, relatedOf] = await Promise.all([
    db
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .selectAll('a')
      .select('s.slug as section_slug')
      .where('a.id', 'in', ids)
      .execute(),
    db.selectFrom('article_translations').selectAll().where('article_id', 'in', ids).execute(),
    loadTags(db, 'article', ids),
    loadRelated(db, 'article', ids),
  ]);
  const textsOf = groupByOwner(texts, (text) => text.article_id);
  const byId = new Map(
    rows.map((row) => {
      const translations: Record<string, ArticleText> = textsByLocale(textsOf(row.id), (t) => ({
        headline: t.headline,
        ...(t.lead === null ? {} : { lead: t.lead }),
        body: fromJson(t.body_json) as ArticleText['body'],
      }));
      const article: Article = {
        id: row.id,
        slug: row.slug,
        section: row.section_slug,
        status: row.status as Article['status'],
        translations,
        dateline: fromJson<Dateline>(row.dateline_json),
        authorId: row.author_id,
        leadImage: fromJson<ImageRef>(row.lead_image_json),
        gallery: fromJson<ImageRef[]>(row.gallery_json) ?? [],
        ...commonItemFields(row, tagsOf, relatedOf),
      };
      return [row.id, article] as const;
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Reads list items by id, in the order given: each article in the first locale of `chain` it is published in,
 * without bodies, galleries or links. Callers have already checked visibility, so every id has such a locale.
 */
export async function loadArticleSummaries(db: Queryable, ids: readonly string[], chain: readonly string[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  const [rows, texts, tagsOf] = await Promise.all([
    db
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select(['a.id', 'a.slug', 's.slug as section_slug', 'a.dateline_json', 'a.lead_image_json', 'a.first_published_at', 'a.updated_at'])
      .where('a.id', 'in', ids)
      .execute(),
    db
      .selectFrom('article_translations')
      .select(['article_id', 'locale', 'headline', 'lead', 'slug'])
      .where('article_id', 'in', ids)
      .where('status', '=', 'published')
      .execute(),
    loadTags(db, 'article', ids),
  ]);
  const publishedOf = groupByOwner(texts, (text) => text.article_id);
  const byId = new Map<string, ArticleSummary>();
  for (const row of rows) {
    const text = servedText(publishedOf(row.id), chain);
    if (!text) continue;
    const { served, locales } = text;
    byId.set(row.id, {
      id: row.id,
      slug: row.slug,
      section: row.section_slug,
      servedLocale: served.locale,
      headline: served.headline,
      ...(served.lead === null ? {} : { lead: served.lead }),
      ...(served.slug === null ? {} : { localizedSlug: served.slug }),
      locales,
      dateline: fromJson<Dateline>(row.dateline_json),
      leadImage: fromJson<ImageRef>(row.lead_image_json),
      tags: tagsOf(row.id),
      firstPublishedAt: row.first_published_at,
      updatedAt: row.updated_at,
    });
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
