import { type Article, type Preview, type PreviewLink, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';

let clock = new Date('2026-11-28T10:00:00Z');

describeEachDatabase('preview links', (dialect) => {
  const testApp = useTestApp(dialect, { PREVIEW_SECRET: 'preview-secret-for-tests-0123456789abcdef', PREVIEW_TTL_MINUTES: '30' }, { now: () => clock });
  let draft: Article;

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'news', name: { en: 'News' } });
    draft = await testApp.stores.articles.create({ section: 'news', translations: { en: { headline: 'Budget 2027 (embargoed)', body: richTextFromParagraphs(['Figures.']) } } });
  });

  it('shows a draft to whoever holds the link, never cached or indexed, until the link expires', async () => {
    clock = new Date('2026-11-28T10:00:00Z');
    const issued = await request(testApp.staffApp).post(`/api/v1/articles/${draft.id}/preview`);
    expect(issued.status).toBe(201);
    const link = issued.body as PreviewLink;
    expect(link.path).toBe(`/preview/${link.token}`);
    expect(link.expiresAt).toBe('2026-11-28T10:30:00.000Z');

    const read = await request(testApp.app).get(`/api/v1/previews/${link.token}`);
    expect(read.status).toBe(200);
    const preview = read.body as Preview;
    expect(preview.kind).toBe('article');
    expect(preview.kind === 'article' && preview.article.translations.en?.headline).toBe('Budget 2027 (embargoed)');
    expect(read.headers['cache-control']).toBe('no-store');
    expect(read.headers['x-robots-tag']).toBe('noindex, nofollow');
    // Read twice: the second is not served from the API's cache of public reads either.
    expect((await request(testApp.app).get(`/api/v1/previews/${link.token}`)).headers['cache-control']).toBe('no-store');

    // The draft itself stays hidden from anonymous readers.
    expect((await request(testApp.app).get(`/api/v1/articles/${draft.slug}`)).status).toBe(404);

    clock = new Date('2026-11-28T10:30:00Z');
    const expired = await request(testApp.app).get(`/api/v1/previews/${link.token}`);
    expect(expired.status).toBe(404);
    expect(expired.type).toBe('application/problem+json');
  });

  it('answers a forged, altered or malformed token with the same 404, or 422 for one that is no token at all', async () => {
    clock = new Date('2026-11-28T10:00:00Z');
    const link = (await request(testApp.staffApp).post(`/api/v1/articles/${draft.id}/preview`)).body as PreviewLink;
    const [payload, signature] = link.token.split('.') as [string, string];
    const altered = `${payload.slice(0, -1)}${payload.endsWith('A') ? 'B' : 'A'}.${signature}`;
    for (const token of [altered, `${payload}.${signature.slice(1)}x`, 'bm90LWEtdG9rZW4.c2lnbmF0dXJl']) {
      expect((await request(testApp.app).get(`/api/v1/previews/${token}`)).status, token).toBe(404);
    }
    expect((await request(testApp.app).get('/api/v1/previews/not-a-token')).status).toBe(422);
  });

  it('issues links to events and places as well, and refuses a link to an item that does not exist', async () => {
    const event = await testApp.stores.events.create({
      category: 'forum',
      translations: { en: { title: 'Forum', description: richTextFromParagraphs(['Forum.']) } },
      schedule: [{ start: '2037-05-01T10:00', end: '2037-05-01T18:00' }],
    });
    const link = (await request(testApp.staffApp).post(`/api/v1/events/${event.id}/preview`)).body as PreviewLink;
    const read = await request(testApp.app).get(`/api/v1/previews/${link.token}`);
    expect((read.body as Preview).kind).toBe('event');
    expect((await request(testApp.staffApp).post('/api/v1/sites/00000000-0000-4000-8000-000000000000/preview')).status).toBe(404);
  });

  it('lets only staff issue links', async () => {
    expect((await request(testApp.app).post(`/api/v1/articles/${draft.id}/preview`)).status).toBe(401);
  });
});
