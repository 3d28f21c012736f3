import { ArticleListQuerySchema, type CreateArticleInput, SearchQuerySchema, type WorkflowStatus, defaultLocaleSettings, richTextFromParagraphs } from '@kraina/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { createSearchQueries } from '../search/search-queries.js';
import { createSectionStore } from '../section/section-store.js';
import type { PublishedArticleImport } from './article-import.js';
import { type ArticleStore, createArticleStore } from './article-store.js';

const settings: ContentSettings = { locales: defaultLocaleSettings, timeZone: 'Europe/Minsk' };
const text = (headline: string, paragraph: string) => ({ headline, lead: `${headline}.`, body: richTextFromParagraphs([paragraph]) });
const minute = (m: number) => new Date(Date.UTC(2026, 4, 10, 6, 0) + m * 60_000).toISOString();

// Sections, locales, states and times vary; headlines repeat so slugs must be made unique; no two share a time,
// since ids (random in each database) break ties and would order equal times differently in the two databases.
const items: PublishedArticleImport[] = [
  { input: { section: 'business-news', translations: { en: text('Harvest record in Gomel', 'Grain harvest beats the plan.') }, tags: ['harvest'] }, publishedAt: minute(30), locales: { en: 'published' } },
  { input: { section: 'business', translations: { en: text('Harvest record in Gomel', 'A second story.'), ru: text('Рекордный урожай', 'Урожай зерна в Гомеле.') } }, publishedAt: minute(5), locales: { en: 'published', ru: 'published' } },
  { input: { section: 'sport', translations: { ru: text('Минск принимает турнир', 'Турнир по хоккею.') } }, publishedAt: '2026-05-10T12:00:00+03:00', locales: { ru: 'published' } },
  { input: { section: 'sport', translations: { en: text('Minsk hosts a tournament', 'Hockey in Minsk.'), be: text('Мінск прымае турнір', 'Хакей у Мінску.') } }, publishedAt: minute(60 * 20), locales: { en: 'published', be: 'draft' } },
  { input: { section: 'business-news', slug: 'exports-grow', translations: { en: { ...text('Exports grow', 'Exports of dairy grow.'), slug: 'exports-grow-en' }, be: text('Экспарт расце', 'Экспарт малочнай прадукцыі.') } }, publishedAt: minute(-600), locales: { en: 'published', be: 'published' } },
  { input: { section: 'business', translations: { en: text('Dairy exports to Asia', 'Dairy harvest of trade.') }, tags: ['dairy', 'asia'] }, publishedAt: minute(90), locales: { en: 'published' } },
];

async function createStores(dialect: 'sqlite' | 'postgres') {
  const test = await createTestDatabase(dialect);
  const sections = createSectionStore(test.database);
  await sections.create({ slug: 'business', name: { en: 'Business' } });
  await sections.create({ slug: 'business-news', parent: 'business', name: { en: 'Business news' } });
  await sections.create({ slug: 'sport', name: { en: 'Sport' } });
  const articles = createArticleStore(test.database, settings);
  // Already there before the import, published later than some imported stories: its positions must move.
  const existing = await articles.create({ section: 'business-news', translations: { en: text('Harvest record in Gomel', 'The first one.') } });
  await articles.changeWorkflow(existing.id, { status: 'published', publishedAt: minute(10), locales: { en: 'published' } });
  return { ...test, articles };
}

async function publishOneByOne(articles: ArticleStore, list: readonly PublishedArticleImport[]): Promise<void> {
  for (const item of list) {
    const created = await articles.create(item.input);
    await articles.changeWorkflow(created.id, { status: 'published', publishedAt: item.publishedAt, locales: item.locales });
  }
}

/** What readers can see, with ids (random per database) replaced by slugs. */
async function whatReadersSee(database: Database, articles: ArticleStore) {
  const { db } = database;
  const seen: Record<string, unknown> = {};
  for (const locale of ['en', 'ru', 'be']) {
    for (const section of [undefined, 'business', 'business-news', 'sport']) {
      const query = (extra: Record<string, unknown>) => ArticleListQuerySchema.parse({ ...(section ? { section } : {}), limit: 3, ...extra });
      const brief = (page: Awaited<ReturnType<ArticleStore['listPublished']>>) =>
        page.items.map((a) => [a.slug, a.servedLocale, a.headline, a.tags, a.firstPublishedAt]);
      const first = await articles.listPublished(query({ page: 1 }), locale);
      const pages = [brief(first)];
      for (let page = 2; page <= (first.totalPages ?? 0); page += 1) pages.push(brief(await articles.listPublished(query({ page }), locale)));
      seen[`${locale} ${section ?? 'all'} numbered`] = { total: first.total, pages };
      seen[`${locale} ${section ?? 'all'} newest`] = brief(await articles.listPublished(query({ limit: 20 }), locale));
    }
    seen[`${locale} days`] = await articles.countByDay({ year: 2026, month: 5 }, locale);
    const search = createSearchQueries(database, settings);
    for (const q of ['harvest', 'урожай', 'мінск', 'dairy exports']) {
      seen[`${locale} search ${q}`] = (await search.search(SearchQuerySchema.parse({ q }), locale)).items.map((h) => [h.slug, h.servedLocale, h.snippet, h.score]);
    }
  }
  const slugs = new Map((await db.selectFrom('articles').select(['id', 'slug']).execute()).map((r) => [r.id, r.slug]));
  const sections = new Map((await db.selectFrom('sections').select(['id', 'slug']).execute()).map((r) => [r.id, r.slug]));
  seen.positions = (await db.selectFrom('article_positions').selectAll().execute())
    .map((p) => [sections.get(p.scope) ?? 'all', p.locale, p.position, slugs.get(p.article_id), p.published_at])
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  seen.searchDocuments = (await db.selectFrom('search_documents').selectAll().execute())
    .map((d) => [d.entity_type, slugs.get(d.entity_id), d.locale, d.title, d.body, d.published_at])
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  seen.translations = (await db.selectFrom('article_translations').selectAll().execute())
    .map((t) => [slugs.get(t.article_id), t.locale, t.headline, t.lead, t.body_json, t.slug, t.status])
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return seen;
}

describeEachDatabase('importing published articles', (dialect) => {
  let oneByOne: Awaited<ReturnType<typeof createStores>>;
  let imported: Awaited<ReturnType<typeof createStores>>;

  beforeAll(async () => {
    [oneByOne, imported] = await Promise.all([createStores(dialect), createStores(dialect)]);
  });
  afterAll(async () => {
    await oneByOne.drop();
    await imported.drop();
  });

  it('gives readers the same lists, numbered pages, day counts, positions and search as publishing one by one', async () => {
    await publishOneByOne(oneByOne.articles, items);
    const result = await imported.articles.importPublished(items);
    expect(result.map((r) => r.slug)).toEqual(['harvest-record-in-gomel-2', 'harvest-record-in-gomel-3', 'minsk-prinimaet-turnir', 'minsk-hosts-a-tournament', 'exports-grow', 'dairy-exports-to-asia']);
    expect(await whatReadersSee(imported.database, imported.articles)).toEqual(await whatReadersSee(oneByOne.database, oneByOne.articles));
  });

  it('keeps one revision per imported article, the published one', async () => {
    const [first] = await imported.articles.importPublished([{ ...items[5] as PublishedArticleImport, input: { ...(items[5]?.input as CreateArticleInput), slug: 'revised' } }]);
    const revisions = await imported.database.db.selectFrom('revisions').selectAll().where('entity_id', '=', first?.id ?? '').execute();
    expect(revisions.map((r) => [r.version, (JSON.parse(r.snapshot_json) as { status: string }).status])).toEqual([[1, 'published']]);
    expect(await imported.articles.getById(first?.id ?? '')).toMatchObject({ slug: 'revised', status: 'published', version: 1, tags: ['asia', 'dairy'] });
  });

  async function articleCount(): Promise<number> {
    const row = await imported.database.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('imports nothing when one item is invalid, naming its field by the item index', async () => {
    const before = await articleCount();
    const bad = [items[0], { ...items[1], input: { section: 'business', translations: { en: text('', 'No headline.') } } }, { ...items[2], locales: { ru: 'live' as WorkflowStatus } }] as PublishedArticleImport[];
    await expect(imported.articles.importPublished(bad)).rejects.toMatchObject({
      code: 'invalid-input',
      issues: [
        { pointer: '#/items/1/input/translations/en/headline' },
        { pointer: '#/items/2/locales/ru' },
      ],
    });
    expect(await articleCount()).toBe(before);
  });

  it('imports nothing when a given slug is taken, naming the item', async () => {
    const before = await articleCount();
    const taken = { ...items[0], input: { ...items[0]?.input, slug: 'exports-grow' } } as PublishedArticleImport;
    await expect(imported.articles.importPublished([items[3] as PublishedArticleImport, taken])).rejects.toMatchObject({
      code: 'conflict',
      issues: [{ pointer: '#/items/1/input/slug' }],
    });
    expect(await articleCount()).toBe(before);
  });
});
