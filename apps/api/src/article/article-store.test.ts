import { type CreateArticleInput, ArticleListQuerySchema, defaultLocaleSettings, richTextFromParagraphs } from '@kraina/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { createSectionStore } from '../section/section-store.js';
import { type ArticleStore, createArticleStore } from './article-store.js';

const settings: ContentSettings = { locales: defaultLocaleSettings, timeZone: 'Europe/Minsk' };
const listQuery = (query: Record<string, unknown> = {}) => ArticleListQuerySchema.parse(query);
const article = (headline: string, extra: Partial<CreateArticleInput> = {}) =>
  ({ section: 'business-news', translations: { en: { headline, body: richTextFromParagraphs([`${headline}.`]) } }, ...extra });

describeEachDatabase('the article store', (dialect) => {
  let database: Database;
  let drop: () => Promise<void>;
  let articles: ArticleStore;

  beforeAll(async () => {
    ({ database, drop } = await createTestDatabase(dialect));
    const sections = createSectionStore(database);
    await sections.create({ slug: 'business', name: { en: 'Business' } });
    await sections.create({ slug: 'business-news', parent: 'business', name: { en: 'Business news' } });
    await sections.create({ slug: 'sport', name: { en: 'Sport' } });
    articles = createArticleStore(database, settings);
  });
  afterAll(() => drop());

  async function publish(headline: string, at: string, extra: Partial<CreateArticleInput> = {}) {
    const created = await articles.create(article(headline, extra));
    const locales = Object.fromEntries(Object.keys(created.translations).map((l) => [l, 'published' as const]));
    return articles.changeWorkflow(created.id, { status: 'published', publishedAt: at, locales });
  }

  it('keeps a new article a draft, invisible to readers by slug and in lists', async () => {
    const draft = await articles.create(article('Budget 2027 draft'));
    expect(draft.status).toBe('draft');
    expect(draft.slug).toBe('budget-2027-draft');
    expect(await articles.findPublishedBySlug(draft.slug, 'en')).toBeUndefined();
    expect((await articles.listPublished(listQuery(), 'en')).items.map((a) => a.id)).not.toContain(draft.id);
  });

  it('serves a published article by its slug in any locale, falling back along the chain', async () => {
    const published = await publish('Forum opens in Minsk', '2026-05-12T06:00:00Z', {
      translations: {
        en: { headline: 'Forum opens in Minsk', body: richTextFromParagraphs(['Opened.']) },
        ru: { headline: 'Форум открылся в Минске', body: richTextFromParagraphs(['Открылся.']), slug: 'forum-otkrylsya' },
      },
    });
    const inBelarusian = await articles.findPublishedBySlug('forum-opens-in-minsk', 'be');
    expect(inBelarusian?.servedLocale).toBe('ru');
    expect((await articles.findPublishedBySlug('forum-otkrylsya', 'en'))?.id).toBe(published.id);
  });

  it('hides a draft translation of a published article from readers', async () => {
    const created = await articles.create(
      article('Harvest record', {
        translations: {
          en: { headline: 'Harvest record', body: richTextFromParagraphs(['Record.']) },
          be: { headline: 'Рэкорд ураджаю (чарнавік)', body: richTextFromParagraphs(['Embargoed.']) },
        },
      }),
    );
    await articles.changeWorkflow(created.id, { status: 'published', publishedAt: '2026-05-13T06:00:00Z', locales: { en: 'published' } });
    const view = await articles.findPublishedBySlug('harvest-record', 'be');
    expect(view?.servedLocale).toBe('en');
    expect(view?.translations.be).toBeUndefined();
    // The list item is a summary in the served locale; the draft's headline and locale stay hidden there too.
    const item = (await articles.listPublished(listQuery(), 'be')).items.find((a) => a.id === created.id);
    expect(item).toMatchObject({ servedLocale: 'en', headline: 'Harvest record', locales: ['en'] });
    expect(JSON.stringify(item)).not.toContain('чарнавік');
  });

  it('counts the day in Minsk time, not UTC', async () => {
    await publish('Late-night result', '2026-05-14T22:30:00Z'); // 01:30 on the 15th in Minsk
    const counts = await articles.countByDay({ year: 2026, month: 5 }, 'en');
    expect(counts.days['2026-05-15']).toBe(1);
    expect(counts.days['2026-05-14']).toBeUndefined();
  });

  it('numbers pages newest first, a section including its sub-sections, and page N matches the cursor walk', async () => {
    for (let i = 0; i < 45; i += 1) {
      await publish(`Market report ${i}`, new Date(Date.UTC(2026, 0, 1, 8, i)).toISOString(), { section: i % 3 === 0 ? 'sport' : 'business-news' });
    }
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await articles.listPublished(listQuery({ section: 'business', limit: 7, ...(cursor ? { cursor } : {}) }), 'en');
      walked.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const numbered: string[] = [];
    const first = await articles.listPublished(listQuery({ section: 'business', limit: 7, page: 1 }), 'en');
    expect(first.total).toBe(walked.length);
    for (let p = 1; p <= (first.totalPages ?? 0); p += 1) {
      numbered.push(...(await articles.listPublished(listQuery({ section: 'business', limit: 7, page: p }), 'en')).items.map((a) => a.id));
    }
    expect(numbered).toEqual(walked);
  });

  it('walks the whole list with no duplicates or gaps while new articles arrive between pages', async () => {
    const before = new Set<string>();
    let cursor: string | undefined;
    const seen: string[] = [];
    let first = true;
    do {
      const page = await articles.listPublished(listQuery({ limit: 5, ...(cursor ? { cursor } : {}) }), 'en');
      if (first) {
        (await articles.listPublished(listQuery({ limit: 100 }), 'en')).items.forEach((a) => before.add(a.id));
        first = false;
      }
      seen.push(...page.items.map((a) => a.id));
      await publish(`Breaking ${seen.length}`, new Date().toISOString());
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of before) expect(seen).toContain(id);
  });

  it('keeps numbered pages right after unpublishing and deleting', async () => {
    const page1 = await articles.listPublished(listQuery({ limit: 10, page: 1 }), 'en');
    const victim = page1.items[3];
    if (!victim) throw new Error('expected articles');
    await articles.changeWorkflow(victim.id, { status: 'draft' });
    const after = await articles.listPublished(listQuery({ limit: 10, page: 1 }), 'en');
    expect(after.total).toBe((page1.total ?? 0) - 1);
    expect(after.items.map((a) => a.id)).not.toContain(victim.id);
    await articles.delete(after.items[0]?.id ?? '');
    const cursorWalk = await articles.listPublished(listQuery({ limit: 100 }), 'en');
    const numbered = await articles.listPublished(listQuery({ limit: 100, page: 1 }), 'en');
    expect(numbered.items.map((a) => a.id)).toEqual(cursorWalk.items.map((a) => a.id));
  });

  it('refuses a stale update and changes nothing', async () => {
    const created = await articles.create(article('Versioned story'));
    await articles.update(created.id, { tags: ['one'] }, created.version);
    await expect(articles.update(created.id, { tags: ['two'] }, created.version)).rejects.toMatchObject({ code: 'version-conflict' });
    expect((await articles.getById(created.id))?.tags).toEqual(['one']);
  });

  it('names the field when the section does not exist', async () => {
    await expect(articles.create(article('Lost', { section: 'nowhere' }))).rejects.toMatchObject({
      code: 'invalid-input',
      issues: [{ pointer: '#/body/section' }],
    });
  });
});

describe('cursors', () => {
  it('rejects a cursor this API did not make, naming the parameter', async () => {
    const { database, drop } = await createTestDatabase('sqlite');
    const store = createArticleStore(database, settings);
    await expect(store.listPublished(listQuery({ cursor: 'bm90LWEtY3Vyc29y' }), 'en')).rejects.toMatchObject({
      issues: [{ pointer: '#/query/cursor' }],
    });
    await drop();
  });
});
