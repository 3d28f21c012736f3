import { type Article, type Site, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';

const text = (headline: string, slug?: string) => ({ headline, body: richTextFromParagraphs(['Text.']), ...(slug === undefined ? {} : { slug }) });
const publishAll = { status: 'published', locales: { en: 'published', ru: 'published' } } as const;

describeEachDatabase('moving a published page', (dialect) => {
  const testApp = useTestApp(dialect);
  const redirects = async () =>
    Object.fromEntries((await testApp.database.db.selectFrom('redirects').select(['from_path', 'to_path']).execute()).map((r) => [r.from_path, r.to_path]));
  /** Changes an article through the API as an editor does, at its current version. */
  const patch = async (article: Article, change: Record<string, unknown>): Promise<Article> => {
    const res = await request(testApp.staffApp).patch(`/api/v1/articles/${article.id}`).set('If-Match', `"${article.version}"`).send(change);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as Article;
  };

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'business', name: { en: 'Business' } });
    await testApp.stores.sections.create({ slug: 'economy', name: { en: 'Economy' } });
  });

  it('redirects the old address of each locale when a published article’s slugs change, one hop from any old one', async () => {
    const created = await testApp.stores.articles.create({ slug: 'forum-opens', section: 'business', translations: { en: text('Forum opens'), ru: text('Форум открывается', 'forum-otkryvaetsya') } });
    let article = await testApp.stores.articles.changeWorkflow(created.id, publishAll);
    article = await patch(article, { slug: 'forum-opened' });
    expect(await redirects()).toMatchObject({ '/en/news/business/forum-opens': '/en/news/business/forum-opened' });
    // The Russian page lives at its own slug, which did not change.
    expect(await redirects()).not.toHaveProperty('/ru/news/business/forum-otkryvaetsya');

    article = await patch(article, { slug: 'forum-closed', translations: { ru: text('Форум закрыт', 'forum-zakryt') } });
    expect(await redirects()).toMatchObject({
      '/en/news/business/forum-opens': '/en/news/business/forum-closed',
      '/en/news/business/forum-opened': '/en/news/business/forum-closed',
      '/ru/news/business/forum-otkryvaetsya': '/ru/news/business/forum-zakryt',
    });

    // Moving it to another section moves every page.
    await patch(article, { section: 'economy' });
    expect(await redirects()).toMatchObject({
      '/en/news/business/forum-opens': '/en/news/economy/forum-closed',
      '/en/news/business/forum-closed': '/en/news/economy/forum-closed',
      '/ru/news/business/forum-zakryt': '/ru/news/economy/forum-zakryt',
    });
  });

  it('drops the redirect away from an address a page comes back to, so no loop and no shadowed page remain', async () => {
    const created = await testApp.stores.articles.create({ slug: 'budget-draft', section: 'business', translations: { en: text('Budget') } });
    let article = await testApp.stores.articles.changeWorkflow(created.id, { status: 'published', locales: { en: 'published' } });
    article = await patch(article, { slug: 'budget-final' });
    await patch(article, { slug: 'budget-draft' });
    const now = await redirects();
    expect(now).not.toHaveProperty('/en/news/business/budget-draft');
    expect(now['/en/news/business/budget-final']).toBe('/en/news/business/budget-draft');
  });

  it('leaves no redirect when a never-published draft is renamed: nobody can hold its address', async () => {
    const draft = await testApp.stores.articles.create({ slug: 'secret-plan', section: 'business', translations: { en: text('Plan') } });
    await patch(draft, { slug: 'open-plan' });
    expect(await redirects()).not.toHaveProperty('/en/news/business/secret-plan');
  });

  it('redirects a place’s page when it changes kind, and an event’s when its slug changes', async () => {
    const site = await testApp.stores.sites.create({
      slug: 'nesvizh',
      kind: 'tourist-site',
      region: 'minsk-region',
      coordinates: { lat: 53.22, lng: 26.69 },
      translations: { en: { name: 'Nesvizh', description: richTextFromParagraphs(['A palace.']) } },
    });
    const published = await testApp.stores.sites.changeWorkflow(site.id, { status: 'published', locales: { en: 'published' } });
    const moved = await request(testApp.staffApp)
      .patch(`/api/v1/sites/${published.id}`)
      .set('If-Match', `"${published.version}"`)
      .send({ kind: 'museum' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect((moved.body as Site).kind).toBe('museum');
    expect(await redirects()).toMatchObject({ '/en/places/tourist-site/nesvizh': '/en/places/museum/nesvizh' });

    const event = await testApp.stores.events.create({
      slug: 'harvest-fair',
      category: 'festival',
      translations: { en: { title: 'Harvest fair', description: richTextFromParagraphs(['Fair.']) } },
      schedule: [{ start: '2037-09-01T10:00', end: '2037-09-01T18:00' }],
    });
    const live = await testApp.stores.events.changeWorkflow(event.id, { status: 'published', locales: { en: 'published' } });
    const renamed = await request(testApp.staffApp).patch(`/api/v1/events/${live.id}`).set('If-Match', `"${live.version}"`).send({ slug: 'autumn-fair' });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(await redirects()).toMatchObject({ '/en/events/harvest-fair': '/en/events/autumn-fair' });
  });
});
