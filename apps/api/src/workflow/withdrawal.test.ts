import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import type { ContentKind } from '../content/content-kind.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { contentKinds, createDraft, ensureSection, pathOf } from './workflow-test-content.js';

const june = 'from=2036-06-01T00:00:00Z&to=2036-07-01T00:00:00Z';

describeEachDatabase('withdrawing a published item', (dialect) => {
  const testApp = useTestApp(dialect);
  const get = (path: string) => request(testApp.app).get(`/api/v1${path}`);
  const move = (kind: ContentKind, id: string, body: object) => request(testApp.staffApp).post(`/api/v1/${pathOf[kind]}/${id}/workflow`).send(body);
  const reason = { en: 'Superseded by the 2036 guidance', ru: 'Заменено рекомендациями 2036 года' };

  beforeAll(() => ensureSection(testApp.stores));

  async function publishedDraft(kind: ContentKind, title: string) {
    const draft = await createDraft(testApp.stores, kind, title);
    expect((await move(kind, draft.id, { action: 'publish' })).status).toBe(200);
    return draft;
  }

  it.each(contentKinds)('%s: keeps its page, as last published, with when and why it was withdrawn', async (kind) => {
    const item = await publishedDraft(kind, `Withdrawn ${kind} ${dialect}`);
    const published = (await get(`/${pathOf[kind]}/${item.slug}`)).body as Record<string, unknown>;
    const res = await move(kind, item.id, { action: 'unpublish', withdrawal: { reason } });
    expect(res.status).toBe(200);
    const { at } = (res.body as { withdrawal: { at: string } }).withdrawal;
    expect(res.body).toMatchObject({ status: 'draft', withdrawal: { at: expect.any(String) as string, reason } });

    const page = await get(`/${pathOf[kind]}/${item.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toEqual({ ...published, withdrawal: { at, reason } });
  });

  it('shows readers the published text, not what editors change in the draft afterwards', async () => {
    const item = await publishedDraft('article', `Kept text ${dialect}`);
    await move('article', item.id, { action: 'unpublish', withdrawal: { reason } });
    await testApp.stores.articles.update(item.id, { translations: { en: { headline: 'Unpublished rewrite', body: { type: 'doc', content: [] } } } });
    const page = await get(`/articles/${item.slug}?locale=en`);
    expect(page.body).toMatchObject({ translations: { en: { headline: `Kept text ${dialect}` } }, withdrawal: { reason } });
  });

  it('takes a withdrawn event out of the calendar, its counts and every download, and its own calendar file', async () => {
    const item = await publishedDraft('event', `Withdrawn concert ${dialect}`);
    const word = `Withdrawn concert ${dialect}`;
    const reads = [`/events?${june}`, `/events.ics?${june}`, `/events.csv?${june}`, `/search?q=${encodeURIComponent('Withdrawn concert')}&type=event`];
    for (const path of reads) expect((await get(path)).text, path).toContain(word);
    await move('event', item.id, { action: 'unpublish', withdrawal: { reason } });
    for (const path of reads) expect((await get(path)).text, path).not.toContain(word);
    expect((await get('/calendar/events?year=2036&month=6')).body).toMatchObject({ days: {} });
    expect((await get(`/events/${item.slug}.ics`)).status).toBe(404);
    expect((await get(`/events/${item.slug}`)).status).toBe(200);
  });

  it('takes a withdrawn article and place out of lists, search, counts and downloads', async () => {
    const article = await publishedDraft('article', `Withdrawn story ${dialect}`);
    const place = await publishedDraft('site', `Withdrawn manor ${dialect}`);
    const row = await testApp.database.db.selectFrom('articles').select('published_day').where('id', '=', article.id).executeTakeFirstOrThrow();
    const day = row.published_day ?? '';
    const countsPath = `/calendar/articles?year=${day.slice(0, 4)}&month=${Number(day.slice(5, 7))}&section=workflow`;
    const countOn = async () => ((await get(countsPath)).body as { days: Record<string, number> }).days[day] ?? 0;
    const before = await countOn();
    expect(before).toBeGreaterThan(0);
    await move('article', article.id, { action: 'unpublish', withdrawal: { reason } });
    await move('site', place.id, { action: 'unpublish', withdrawal: { reason } });
    for (const path of ['/articles?section=workflow', '/sites', '/sites.geojson', '/sites.csv', '/search?q=Withdrawn']) {
      const text = (await get(path)).text;
      expect(text, path).not.toContain(`Withdrawn story ${dialect}`);
      expect(text, path).not.toContain(`Withdrawn manor ${dialect}`);
    }
    expect(await countOn()).toBe(before - 1);
  });

  it.each(contentKinds)('%s: redirects to its replacement once that is published, keeping the query, and shows the notice until then', async (kind) => {
    const item = await publishedDraft(kind, `Old ${kind} ${dialect}`);
    const replacement = await createDraft(testApp.stores, kind, `New ${kind} ${dialect}`);
    await move(kind, item.id, { action: 'unpublish', withdrawal: { reason, replacedBy: replacement.id } });
    const notice = await get(`/${pathOf[kind]}/${item.slug}`);
    expect(notice.status).toBe(200);
    expect(notice.body).toMatchObject({ withdrawal: { reason } });
    expect(notice.body).not.toHaveProperty('withdrawal.replacedBy');

    await move(kind, replacement.id, { action: 'publish' });
    const moved = await get(`/${pathOf[kind]}/${item.slug}?locale=ru`);
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe(`/api/v1/${pathOf[kind]}/${replacement.slug}?locale=ru`);
  });

  it('ends the withdrawal when the item is published again', async () => {
    const item = await publishedDraft('site', `Back again ${dialect}`);
    await move('site', item.id, { action: 'unpublish', withdrawal: { reason } });
    const republished = await move('site', item.id, { action: 'publish' });
    expect(republished.body).not.toHaveProperty('withdrawal');
    const page = await get(`/sites/${item.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).not.toHaveProperty('withdrawal');
  });

  it('refuses a replacement that is unknown, of another kind, or the item itself, and writes nothing', async () => {
    const item = await publishedDraft('article', `Badly replaced ${dialect}`);
    const event = await createDraft(testApp.stores, 'event', `Not an article ${dialect}`);
    for (const replacedBy of ['00000000-0000-4000-8000-000000000000', event.id, item.id]) {
      const res = await move('article', item.id, { action: 'unpublish', withdrawal: { reason, replacedBy } });
      expect(res.status).toBe(422);
      expect((res.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual(['#/body/withdrawal/replacedBy']);
    }
    expect(await testApp.stores.articles.getById(item.id)).toMatchObject({ status: 'published', version: item.version + 1 });
  });

  it('answers 404 for an item unpublished without a withdrawal, as for any draft', async () => {
    const item = await publishedDraft('event', `Quietly gone ${dialect}`);
    await move('event', item.id, { action: 'unpublish' });
    expect((await get(`/events/${item.slug}`)).status).toBe(404);
  });
});
