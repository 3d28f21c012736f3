import { type Article, type ArticlePage, type Problem, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';

const body = (headline: string) => ({ section: 'business-news', translations: { en: { headline, body: richTextFromParagraphs(['Text.']) } } });

async function rowCounts(testApp: ReturnType<typeof useTestApp>): Promise<Record<string, number>> {
  const tables = ['articles', 'article_translations', 'tags', 'related_items', 'revisions', 'sections', 'article_positions', 'search_documents'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await testApp.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

describeEachDatabase('the articles API', (dialect) => {
  const testApp = useTestApp(dialect);
  let publishedSlug = '';

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'business', name: { en: 'Business', ru: 'Бизнес' } });
    await testApp.stores.sections.create({ slug: 'business-news', parent: 'business', name: { en: 'Business news' } });
    const published = await testApp.stores.articles.create(body('Exports grow in the first quarter'));
    await testApp.stores.articles.changeWorkflow(published.id, { status: 'published', publishedAt: '2026-05-12T07:00:00Z', locales: { en: 'published' } });
    publishedSlug = published.slug;
    await testApp.stores.articles.create(body('Embargoed budget'));
  });

  it('lists published news newest first, with a served locale, and never a draft', async () => {
    const res = await request(testApp.app).get('/api/v1/articles?section=business&locale=be');
    expect(res.status).toBe(200);
    const page = res.body as ArticlePage;
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ slug: publishedSlug, servedLocale: 'en' });
  });

  it('answers 404, not 403, for a draft requested anonymously', async () => {
    const res = await request(testApp.app).get('/api/v1/articles/embargoed-budget');
    expect(res.status).toBe(404);
    expect(res.type).toBe('application/problem+json');
  });

  it('sends an ETag and answers 304 when it still matches', async () => {
    const first = await request(testApp.app).get(`/api/v1/articles/${publishedSlug}`);
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers['cache-control']).toMatch(/public/);
    const again = await request(testApp.app).get(`/api/v1/articles/${publishedSlug}`).set('If-None-Match', first.headers.etag as string);
    expect(again.status).toBe(304);
  });

  it('gives numbered pages with a total for the archive', async () => {
    const res = await request(testApp.app).get('/api/v1/articles?page=1&limit=5');
    expect(res.body).toMatchObject({ page: 1, total: 1, totalPages: 1 });
  });

  it('counts news per day for the calendar widget', async () => {
    const res = await request(testApp.app).get('/api/v1/calendar/articles?year=2026&month=5');
    expect(res.body).toEqual({ year: 2026, month: 5, days: { '2026-05-12': 1 } });
  });

  it('refuses an anonymous write with 401 and changes nothing', async () => {
    const before = await rowCounts(testApp);
    const res = await request(testApp.app).post('/api/v1/articles').send(body('Sneaky'));
    expect(res.status).toBe(401);
    expect(await rowCounts(testApp)).toEqual(before);
  });

  it('lets staff create a draft, answering 201 with the article', async () => {
    const res = await request(testApp.staffApp).post('/api/v1/articles').send(body('Minsk hosts a forum'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ slug: 'minsk-hosts-a-forum', status: 'draft', version: 1 });
  });

  it('answers a stale update with 412 and keeps the newer text', async () => {
    const created = await request(testApp.staffApp).post('/api/v1/articles').send(body('Versioned'));
    const id = (created.body as Article).id;
    const first = await request(testApp.staffApp).patch(`/api/v1/articles/${id}`).set('If-Match', '"1"').send({ tags: ['first'] });
    expect(first.status).toBe(200);
    const stale = await request(testApp.staffApp).patch(`/api/v1/articles/${id}`).set('If-Match', '"1"').send({ tags: ['stale'] });
    expect(stale.status).toBe(412);
    expect((await testApp.stores.articles.getById(id))?.tags).toEqual(['first']);
  });

  const badRequests: [string, (r: ReturnType<typeof request>) => request.Test, number][] = [
    ['malformed JSON', (r) => r.post('/api/v1/articles').set('content-type', 'application/json').send('{"section": '), 400],
    ['a wrong type', (r) => r.post('/api/v1/articles').send({ ...body('x'), section: 42 }), 422],
    ['an unknown field', (r) => r.post('/api/v1/articles').send({ ...body('x'), id: 'c0ffee00-0000-4000-8000-000000000000', status: 'published' }), 422],
    ['a huge body', (r) => r.post('/api/v1/articles').send(body('x'.repeat(2_000_000))), 413],
    ['a form instead of JSON', (r) => r.post('/api/v1/articles').type('form').send('section=x'), 415],
    ['a bad cursor', (r) => r.get('/api/v1/articles?cursor=not-ours'), 422],
    ['an injection string in a filter', (r) => r.get(`/api/v1/articles?section=${encodeURIComponent("x' or '1'='1")}`), 422],
    ['an injection string in a tag', (r) => r.get(`/api/v1/articles?tag=${encodeURIComponent('a; drop table articles')}`), 422],
    ['a slug with a path in it', (r) => r.get('/api/v1/articles/..%2F..%2Fetc%2Fpasswd'), 422],
    ['an unknown section', (r) => r.post('/api/v1/articles').send({ ...body('x'), section: 'no-such-section' }), 422],
    ['a bad If-Match', (r) => r.patch('/api/v1/articles/c0ffee00-0000-4000-8000-000000000000').set('If-Match', 'nonsense').send({ tags: [] }), 422],
    ['a page past the end', (r) => r.get('/api/v1/articles?page=99999'), 200],
  ];
  it.each(badRequests)('answers %s with a 4xx problem (or an empty page), never 5xx, and writes nothing', async (_name, send, status) => {
    const before = await rowCounts(testApp);
    const res = await send(request(testApp.staffApp));
    expect(res.status).toBe(status);
    if (status >= 400) expect(res.type).toBe('application/problem+json');
    expect(await rowCounts(testApp)).toEqual(before);
  });

  it('names every invalid field of a bad body', async () => {
    const res = await request(testApp.staffApp)
      .post('/api/v1/articles')
      .send({ section: 'Not A Slug', translations: { en: { headline: '', body: { type: 'html' } } } });
    expect(res.status).toBe(422);
    const pointers = ((res.body as Problem).errors ?? []).map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['#/body/section', '#/body/translations/en/headline', '#/body/translations/en/body/type']));
  });
});
