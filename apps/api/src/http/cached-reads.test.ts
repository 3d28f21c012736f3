import { type ArticlePage, richTextFromParagraphs } from '@kraina/core';
import { pino } from 'pino';
import request from 'supertest';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';

// The response cache inside the whole API: readers get the same answers, headers included, and never an answer
// older than the last committed change. Hits are told apart from misses by the request log's `cache` field.

const lines: Record<string, unknown>[] = [];
const logger = pino({ base: undefined }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
const article = (headline: string) => ({ section: 'news', translations: { en: { headline, body: richTextFromParagraphs(['Text.']) } } });

describeEachDatabase('cached public reads', (dialect) => {
  const testApp = useTestApp(dialect, {}, { logger });
  const lastLine = () => lines.at(-1) ?? {};

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'news', name: { en: 'News' } });
  });
  beforeEach(() => {
    lines.length = 0;
  });

  async function publish(headline: string, at: string) {
    const created = await testApp.stores.articles.create(article(headline));
    return testApp.stores.articles.changeWorkflow(created.id, { status: 'published', publishedAt: at, locales: { en: 'published' } });
  }

  it('answers a repeated read from the cache with the same body and headers, and a fresh request id', async () => {
    await publish('Bridge opens in Hrodna', '2026-05-12T07:00:00Z');
    const first = await request(testApp.app).get('/api/v1/articles?section=news');
    expect(lastLine()).toMatchObject({ status: 200, reqId: first.get('X-Request-Id') });
    expect(lastLine()).not.toHaveProperty('cache');
    const second = await request(testApp.app).get('/api/v1/articles?section=news');
    expect(lastLine()).toMatchObject({ status: 200, cache: 'hit', reqId: second.get('X-Request-Id') });
    expect(second.text).toBe(first.text);
    expect(second.get('X-Request-Id')).not.toBe(first.get('X-Request-Id'));
    for (const header of ['ETag', 'Cache-Control', 'Vary', 'Content-Type', 'Content-Security-Policy', 'X-Content-Type-Options', 'Strict-Transport-Security']) {
      expect(second.get(header), header).toBe(first.get(header));
    }
  });

  it('shows a change at once, whether made through the stores or through the API', async () => {
    const list = async () => ((await request(testApp.app).get('/api/v1/articles?section=news')).body as ArticlePage).items;
    await list();
    const harvest = await publish('Harvest begins early', '2026-05-13T07:00:00Z');
    expect((await list())[0]?.headline).toBe('Harvest begins early');
    expect(lastLine()).not.toHaveProperty('cache');

    await list();
    expect(lastLine()).toMatchObject({ cache: 'hit' });
    const text = { headline: 'Harvest begins a week early', body: richTextFromParagraphs(['Text.']) };
    const changed = await request(testApp.staffApp).patch(`/api/v1/articles/${harvest.id}`).set('If-Match', `"${harvest.version}"`).send({ translations: { en: text } });
    expect(changed.status).toBe(200);
    expect((await list())[0]?.headline).toBe('Harvest begins a week early');
  });

  it('keeps no 404: an item answers the moment it is published', async () => {
    const draft = await testApp.stores.articles.create(article('Embargoed statement'));
    expect((await request(testApp.app).get(`/api/v1/articles/${draft.slug}`)).status).toBe(404);
    expect((await request(testApp.app).get(`/api/v1/articles/${draft.slug}`)).status).toBe(404);
    expect(lastLine()).not.toHaveProperty('cache');
    await testApp.stores.articles.changeWorkflow(draft.id, { status: 'published', publishedAt: '2026-05-14T07:00:00Z', locales: { en: 'published' } });
    expect((await request(testApp.app).get(`/api/v1/articles/${draft.slug}`)).status).toBe(200);
  });

  it('hides an unpublished item at once, even from a reader whose answer was cached', async () => {
    const item = await publish('Statement to be withdrawn', '2026-05-15T07:00:00Z');
    await request(testApp.app).get(`/api/v1/articles/${item.slug}`);
    expect((await request(testApp.app).get(`/api/v1/articles/${item.slug}`)).status).toBe(200);
    expect(lastLine()).toMatchObject({ cache: 'hit' });
    await testApp.stores.articles.changeWorkflow(item.id, { status: 'archived' });
    expect((await request(testApp.app).get(`/api/v1/articles/${item.slug}`)).status).toBe(404);
  });

  it('keeps every kind of public read, searches included: reading never empties the cache', async () => {
    const reads = ['/api/v1/search?q=harvest', '/api/v1/sites', '/api/v1/events', '/api/v1/calendar/articles?year=2026&month=5', '/api/v1/sites.geojson'];
    for (const path of reads) {
      expect((await request(testApp.app).get(path)).status, path).toBe(200);
    }
    lines.length = 0;
    for (const path of reads) {
      await request(testApp.app).get(path);
      expect(lastLine(), path).toMatchObject({ status: 200, cache: 'hit' });
    }
  });

  it('answers a revalidation with 304 from the cache', async () => {
    const first = await request(testApp.app).get('/api/v1/sections');
    const again = await request(testApp.app).get('/api/v1/sections').set('If-None-Match', first.get('ETag') ?? '');
    expect(again.status).toBe(304);
    expect(lastLine()).toMatchObject({ status: 304, cache: 'hit' });
  });
});
