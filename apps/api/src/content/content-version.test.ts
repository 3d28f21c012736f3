import { type ContentVersion, type RelatedItems, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { createRedirectStore } from '../redirect/redirect-store.js';
import { useTestApp } from '../test-app.js';
import { createWorkflowMoves } from '../workflow/workflow-moves.js';

// The public content version: what web processes poll to know their copies of the API's answers are stale.

describeEachDatabase('the public content version', (dialect) => {
  const testApp = useTestApp(dialect);
  const version = async () => {
    const res = await request(testApp.app).get('/api/v1/changes');
    expect(res.status).toBe(200);
    return (res.body as ContentVersion).version;
  };
  const draft = (headline: string) => testApp.stores.articles.create({ section: 'news', translations: { en: { headline, body: richTextFromParagraphs(['Text.']) } } });
  const publish = { status: 'published', locales: { en: 'published' } } as const;

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'news', name: { en: 'News' } });
  });

  it('is never kept by a cache, since a stale copy would keep every site stale', async () => {
    const res = await request(testApp.app).get('/api/v1/changes');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('stays put while a draft is written and edited, and grows when it is published, edited live and unpublished', async () => {
    const before = await version();
    const article = await draft('Quiet draft');
    const edited = await testApp.stores.articles.update(article.id, { tags: ['draft-work'] }, article.version);
    expect(await version()).toBe(before);

    const published = await testApp.stores.articles.changeWorkflow(article.id, publish, null, edited.version);
    const afterPublish = await version();
    expect(afterPublish).toBeGreaterThan(before);

    const corrected = await testApp.stores.articles.update(article.id, { tags: ['corrected'] }, published.version);
    const afterEdit = await version();
    expect(afterEdit).toBeGreaterThan(afterPublish);

    await testApp.stores.articles.changeWorkflow(article.id, { status: 'draft', locales: { en: 'draft' } }, null, corrected.version);
    expect(await version()).toBeGreaterThan(afterEdit);
  });

  it('grows when the scheduler publishes an item whose time has come', async () => {
    const article = await draft('Scheduled story');
    const scheduled = await testApp.stores.articles.changeWorkflow(article.id, { status: 'scheduled', locales: { en: 'scheduled' }, publishAt: '2030-01-01T09:00:00Z' });
    const before = await version();
    const moves = createWorkflowMoves(testApp.database, testApp.stores);
    expect((await moves.publishScheduled('article', scheduled.id, new Date('2030-01-01T09:00:01Z')))?.status).toBe('published');
    expect(await version()).toBeGreaterThan(before);
  });

  it('grows with changes to sections and redirects, which every page shows or follows', async () => {
    let before = await version();
    await testApp.stores.sections.create({ slug: 'sport', name: { en: 'Sport' } });
    expect(await version()).toBeGreaterThan(before);
    before = await version();
    await createRedirectStore(testApp.database).create({ from: '/en/old-page', to: '/en/news/' });
    expect(await version()).toBeGreaterThan(before);
  });

  it('looks up published articles by id in the order asked, leaving out drafts and unknown ids', async () => {
    const older = await testApp.stores.articles.changeWorkflow((await draft('Older story')).id, publish);
    const newer = await testApp.stores.articles.changeWorkflow((await draft('Newer story')).id, publish);
    const hidden = await draft('Embargoed story');
    const ids = [newer.id, hidden.id, '00000000-0000-4000-8000-000000000000', older.id].join(',');
    const res = await request(testApp.app).get('/api/v1/related').query({ articles: ids, locale: 'en' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const found = res.body as RelatedItems;
    expect(found.articles.map((a) => a.headline)).toEqual(['Newer story', 'Older story']);
    expect(found).toMatchObject({ events: [], sites: [] });
    expect((await request(testApp.app).get('/api/v1/related').query({ articles: 'not-an-id' })).status).toBe(422);
  });
});
