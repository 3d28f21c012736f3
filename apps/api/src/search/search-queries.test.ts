import { CreateArticleInputSchema, SearchQuerySchema, defaultLocaleSettings, richTextFromParagraphs } from '@kraina/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ArticleStore, createArticleStore } from '../article/article-store.js';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { type EventStore, createEventStore } from '../event/event-store.js';
import { createSectionStore } from '../section/section-store.js';
import { type SiteStore, createSiteStore } from '../site/site-store.js';
import { createSearchQueries, searchWords, toFtsQuery, toSnippetParts, toTsQuery } from './search-queries.js';

const settings: ContentSettings = { locales: defaultLocaleSettings, timeZone: 'Europe/Minsk' };
const body = (...paragraphs: string[]) => richTextFromParagraphs(paragraphs);

describeEachDatabase('search', (dialect) => {
  let database: Database;
  let drop: () => Promise<void>;
  let articles: ArticleStore;
  let events: EventStore;
  let sites: SiteStore;
  let queries: ReturnType<typeof createSearchQueries>;
  const ids: Record<string, string> = {};

  const find = async (query: Record<string, unknown>, locale = 'en') => (await queries.search(SearchQuerySchema.parse(query), locale)).items;

  async function publishArticle(key: string, translations: Record<string, { headline: string; paragraphs: string[] }>) {
    const created = await articles.create(
      CreateArticleInputSchema.parse({
        section: 'news',
        translations: Object.fromEntries(Object.entries(translations).map(([l, t]) => [l, { headline: t.headline, body: body(...t.paragraphs) }])),
      }),
    );
    ids[key] = created.id;
    const locales = Object.fromEntries(Object.keys(translations).map((l) => [l, 'published' as const]));
    await articles.changeWorkflow(created.id, { status: 'published', publishedAt: '2026-05-12T06:00:00Z', locales });
  }

  beforeAll(async () => {
    ({ database, drop } = await createTestDatabase(dialect));
    await createSectionStore(database).create({ slug: 'news', name: { en: 'News' } });
    articles = createArticleStore(database, settings);
    events = createEventStore(database, settings);
    sites = createSiteStore(database, settings);
    queries = createSearchQueries(database, settings);

    await publishArticle('forum', {
      en: { headline: 'Minsk hosts the regional forum', paragraphs: ['Delegates gathered in the capital.'] },
      ru: { headline: 'Минск принимает форум регионов', paragraphs: ['Делегаты собрались в столице.'] },
      be: { headline: 'Мінск прымае форум рэгіёнаў', paragraphs: ['Дэлегаты сабраліся ў сталіцы.'] },
    });
    await publishArticle('harvest', {
      en: { headline: 'Harvest festival opens', paragraphs: ['Farmers from all regions brought their produce.', 'The fair moves to Minsk next week.'] },
    });
    const draft = await articles.create(CreateArticleInputSchema.parse({ section: 'news', translations: { en: { headline: 'Minsk budget leak', body: body('Embargoed.') } } }));
    ids.draft = draft.id;

    const marathon = await events.create({
      category: 'sport',
      translations: {
        en: { title: 'Marathon in Minsk', description: body('Forty-two kilometres through the city.') },
        ru: { title: 'Марафон в Минске', description: body('Сорок два километра по городу.') },
      },
      schedule: [{ start: '2026-09-13T09:00', end: '2026-09-13T15:00', city: { en: 'Minsk', ru: 'Минск' } }],
    });
    ids.marathon = marathon.id;
    await events.changeWorkflow(marathon.id, { status: 'published', locales: { en: 'published', ru: 'published' } });

    const mir = await sites.create({
      kind: 'tourist-site',
      region: 'grodno-region',
      coordinates: { lat: 53.4513, lng: 26.4729 },
      translations: { en: { name: 'Mir Castle', description: body('A castle two hours from Minsk by car.') } },
    });
    ids.mir = mir.id;
    await sites.changeWorkflow(mir.id, { status: 'published', locales: { en: 'published' } });
    const nesvizh = await sites.create({
      kind: 'tourist-site',
      region: 'minsk-region',
      coordinates: { lat: 53.2227, lng: 26.6916 },
      translations: { ru: { name: 'Несвижский замок', description: body('Резиденция Радзивиллов.') } },
    });
    ids.nesvizh = nesvizh.id;
    await sites.changeWorkflow(nesvizh.id, { status: 'published', locales: { ru: 'published' } });
    const scheduled = await sites.create({
      kind: 'tourist-site',
      region: 'minsk-region',
      coordinates: { lat: 53.9, lng: 27.5 },
      translations: { en: { name: 'Minsk City Gates', description: body('Opens next year.') } },
    });
    ids.scheduled = scheduled.id;
    await sites.changeWorkflow(scheduled.id, { status: 'scheduled', publishAt: '2099-01-01T00:00:00Z', locales: { en: 'scheduled' } });
  });
  afterAll(() => drop());

  it('finds published articles, events and places, and nothing unpublished', async () => {
    const found = (await find({ q: 'Minsk' })).map((hit) => hit.id);
    expect(found).toEqual(expect.arrayContaining([ids.forum, ids.harvest, ids.marathon, ids.mir]));
    expect(found).not.toContain(ids.draft);
    expect(found).not.toContain(ids.scheduled);
  });

  it('gives each hit what its address needs: the section of an article, the kind of a place', async () => {
    const hits = new Map((await find({ q: 'Minsk' })).map((hit) => [hit.id, hit]));
    expect(hits.get(ids.forum ?? '')).toMatchObject({ type: 'article', section: 'news' });
    expect(hits.get(ids.mir ?? '')).toMatchObject({ type: 'site', kind: 'tourist-site', slug: 'mir-castle' });
    expect(hits.get(ids.marathon ?? '')).not.toHaveProperty('section');
  });

  it('forgets an item once it is unpublished', async () => {
    await publishArticle('zhodino', { en: { headline: 'Zhodino trucks break a record', paragraphs: ['Output grew.'] } });
    expect((await find({ q: 'zhodino' })).map((hit) => hit.id)).toEqual([ids.zhodino]);
    await articles.changeWorkflow(ids.zhodino ?? '', { status: 'archived' });
    expect(await find({ q: 'zhodino' })).toEqual([]);
  });

  it('ranks a match in the title above a match in the body', async () => {
    const found = (await find({ q: 'Minsk', type: 'article' })).map((hit) => hit.id);
    expect(found).toEqual([ids.forum, ids.harvest]);
  });

  it('returns snippets as plain parts with the matches flagged', async () => {
    const [harvest] = await find({ q: 'minsk', type: 'article' }).then((hits) => hits.filter((h) => h.id === ids.harvest));
    expect(harvest?.snippet).toEqual(expect.arrayContaining([{ text: 'Minsk', match: true }]));
    expect(harvest?.snippet.map((part) => part.text).join('')).toContain('The fair moves to Minsk');
    expect(harvest?.title).toBe('Harvest festival opens');
  });

  it('matches Cyrillic and Latin words in any case, and as prefixes', async () => {
    const article = { type: 'article' };
    expect((await find({ q: 'Мінск', ...article }, 'be')).map((h) => [h.id, h.servedLocale])).toEqual([[ids.forum, 'be']]);
    expect((await find({ q: 'мінск', ...article }, 'be')).map((h) => h.servedLocale)).toEqual(['be']);
    expect((await find({ q: 'МИНСК', ...article }, 'ru')).map((h) => [h.id, h.servedLocale])).toEqual([[ids.forum, 'ru']]);
    expect((await find({ q: 'Мін', ...article }, 'be')).map((h) => h.id)).toEqual([ids.forum]);
    expect((await find({ q: 'минск', type: 'event' }, 'ru')).map((h) => [h.id, h.servedLocale])).toEqual([[ids.marathon, 'ru']]); // «в Минске»
    expect((await find({ q: 'Mins', ...article }, 'en')).map((h) => h.id)).toEqual([ids.forum, ids.harvest]);
  });

  it('searches the reader’s fallback chain, one hit per item from its earliest matching locale', async () => {
    expect((await find({ q: 'несвиж' }, 'be')).map((h) => [h.id, h.servedLocale])).toEqual([[ids.nesvizh, 'ru']]);
    expect(await find({ q: 'несвиж' }, 'en')).toEqual([]);
    expect((await find({ q: 'форум' }, 'be')).map((h) => [h.id, h.servedLocale])).toEqual([[ids.forum, 'be']]);
  });

  it('filters by type', async () => {
    expect((await find({ q: 'Minsk', type: 'site' })).map((hit) => [hit.type, hit.slug])).toEqual([['site', 'mir-castle']]);
  });

  it('never fails on text that looks like query syntax', async () => {
    const attempts = ['"', '*', ')', 'NEAR(', "'; drop table articles; --", ':*', '&|!', 'minsk:* | !forum', '"minsk" OR "forum"', 'title:minsk', '^minsk', 'a AND', '((', '\\', '-minsk', '+', '\u{e000}'];
    for (const q of attempts) {
      await expect(find({ q }), q).resolves.toBeInstanceOf(Array);
    }
    expect((await find({ q: '"Minsk" (forum*' }, 'en')).map((h) => h.id)).toEqual([ids.forum]);
  });

  it('walks the hits in pages with no duplicates or gaps', async () => {
    for (let i = 0; i < 7; i += 1) {
      const chapel = await sites.create({
        kind: 'tourist-site',
        region: 'vitebsk-region',
        coordinates: { lat: 55 + i / 100, lng: 30 },
        translations: { en: { name: `Chapel of Saint ${['Anne', 'Barbara', 'Casimir', 'Dorothy', 'Euphrosyne', 'Francis', 'George'][i]}`, description: body('A wooden chapel.'.repeat(i + 1)) } },
      });
      await sites.changeWorkflow(chapel.id, { status: 'published', locales: { en: 'published' } });
    }
    const whole = (await find({ q: 'chapel', limit: 100 })).map((h) => h.id);
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await queries.search(SearchQuerySchema.parse({ q: 'chapel', limit: 2, ...(cursor ? { cursor } : {}) }), 'en');
      walked.push(...page.items.map((h) => h.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(whole).toHaveLength(7);
    expect(walked).toEqual(whole);
  });
});

describe('search text handling', () => {
  it('keeps only words, so quotes and operators never reach the engines', () => {
    expect(searchWords(`"Мінск" NEAR( minsk:* & | ! ' ; drop`)).toEqual(['Мінск', 'NEAR', 'minsk', 'drop']);
    expect(toFtsQuery(['NEAR', 'Мінск'])).toBe('"NEAR"* "Мінск"*');
    expect(toTsQuery(['minsk', 'forum'])).toBe('minsk:* & forum:*');
  });

  it('splits a marked snippet into parts and drops stray marks', () => {
    expect(toSnippetParts('The fair moves to \uE000Minsk\uE001 next \uE001week')).toEqual([
      { text: 'The fair moves to ', match: false },
      { text: 'Minsk', match: true },
      { text: ' next week', match: false },
    ]);
  });

  it('rejects a cursor this API did not make', async () => {
    const { database, drop } = await createTestDatabase('sqlite');
    const forged = Buffer.from(JSON.stringify(['best', '1'])).toString('base64url');
    await expect(createSearchQueries(database, settings).search(SearchQuerySchema.parse({ q: 'minsk', cursor: forged }), 'en')).rejects.toMatchObject({
      issues: [{ pointer: '#/query/cursor' }],
    });
    await drop();
  });
});
