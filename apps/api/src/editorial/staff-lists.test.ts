import { type Event, type Site, type StaffEventPage, type StaffSitePage, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { type SignedIn, asSignedIn, signInAs } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { contentKinds, createDraft, ensureSection, eventInput, pathOf, siteInput } from '../workflow/workflow-test-content.js';

const description = richTextFromParagraphs(['Changed.']);

describeEachDatabase('the editorial event and place lists', (dialect) => {
  const testApp = useTestApp(dialect);
  let author: SignedIn;
  let editor: SignedIn;
  let concert: Event; // the author's, in June 2036
  let fair: Event; // the editor's, in March 2036, its English source changed since the Russian was written
  let castle: Site; // the author's, in Hrodna region
  let museum: Site; // the editor's, in Minsk region, its source changed
  const stale: Record<string, string> = {};

  beforeAll(async () => {
    author = await signInAs(testApp.app, testApp.database, 'author');
    editor = await signInAs(testApp.app, testApp.database, 'editor');
    const { events, sites } = testApp.stores;
    concert = await events.create(eventInput('Organ night'), author.user.id);
    fair = await events.create(
      { ...eventInput('Spring fair'), category: 'fair', schedule: [{ start: '2036-03-29T10:00', end: '2036-03-29T18:00', timeZone: 'Europe/Vilnius' }] },
      editor.user.id,
    );
    fair = await events.update(fair.id, { translations: { en: { title: 'Spring craft fair', description } } }, fair.version, editor.user.id);
    castle = await sites.create({ ...siteInput('Mir castle'), region: 'hrodna-region' }, author.user.id);
    museum = await sites.create(siteInput('Zoo museum'), editor.user.id);
    museum = await sites.update(museum.id, { kind: 'tourist-site', translations: { en: { name: 'Zoo and museum', description } } }, museum.version, editor.user.id);
    // An article with a stale translation too, so the filter is seen to work on all three lists.
    await ensureSection(testApp.stores);
    const article = await createDraft(testApp.stores, 'article', 'Budget news', editor.user.id);
    await testApp.stores.articles.update(article.id, { translations: { en: { headline: 'Budget news, updated', body: description } } }, article.version);
    Object.assign(stale, { article: article.id, event: fair.id, site: museum.id });
  });

  const list = async <T>(who: SignedIn, path: string): Promise<T> => {
    const res = await request(asSignedIn(testApp.app, who)).get(`/api/v1/editorial/${path}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as T;
  };
  const idsOf = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

  it('lists events in every state with the title in the asked locale, when they first start, and who wrote them', async () => {
    const page = await list<StaffEventPage>(editor, 'events?locale=ru&sort=start-asc');
    expect(idsOf(page)).toEqual([fair.id, concert.id]);
    expect(page.items[0]).toMatchObject({ title: 'Spring fair (ru)', titleLocale: 'ru', category: 'fair', firstStartsAt: '2036-03-29T08:00:00.000Z', timeZone: 'Europe/Vilnius', authorId: editor.user.id });
    expect(page.items[1]).toMatchObject({ title: 'Organ night (ru)', status: 'draft', localeStatuses: { en: 'draft', ru: 'draft' }, authorId: author.user.id });
    expect(idsOf(await list<StaffEventPage>(editor, 'events?sort=start-desc'))).toEqual([concert.id, fair.id]);
  });

  it('filters events by author, with `me` standing for the caller, by category, and finds titles ignoring case', async () => {
    expect(idsOf(await list<StaffEventPage>(author, 'events?author=me'))).toEqual([concert.id]);
    expect(idsOf(await list<StaffEventPage>(author, `events?author=${editor.user.id}`))).toEqual([fair.id]);
    expect(idsOf(await list<StaffEventPage>(editor, 'events?category=fair'))).toEqual([fair.id]);
    expect(idsOf(await list<StaffEventPage>(editor, 'events?q=ORGAN'))).toEqual([concert.id]);
  });

  it('lists places with their kind and region, filtered by region and author, ordered by name', async () => {
    const page = await list<StaffSitePage>(editor, 'sites?sort=title');
    expect(idsOf(page)).toEqual([castle.id, museum.id]);
    expect(page.items[0]).toMatchObject({ name: 'Mir castle', nameLocale: 'en', kind: 'tourist-site', region: 'hrodna-region', authorId: author.user.id });
    expect(idsOf(await list<StaffSitePage>(editor, 'sites?region=minsk-region'))).toEqual([museum.id]);
    expect(idsOf(await list<StaffSitePage>(author, 'sites?author=me&kind=tourist-site'))).toEqual([castle.id]);
  });

  it('keeps only items whose translation lags behind its source when asked for stale ones, on every list', async () => {
    for (const kind of contentKinds) {
      const page = await list<{ items: { id: string; translationStatus: Record<string, { stale: string[] }> }[] }>(editor, `${pathOf[kind]}?translationStatus=stale`);
      expect(idsOf(page), kind).toEqual([stale[kind]]);
      expect(page.items[0]?.translationStatus.ru?.stale.length, kind).toBeGreaterThan(0);
      expect(idsOf(await list(editor, `${pathOf[kind]}?translationStatus=current`)), kind).not.toContain(stale[kind]);
    }
  });

  it('pages a filtered list with cursors without repeating or skipping an item', async () => {
    const first = await list<StaffEventPage>(editor, 'events?translationStatus=current&limit=1&sort=title');
    expect(idsOf(first)).toEqual([concert.id]);
    expect(first.nextCursor).toBeNull();
    const titles = await list<StaffSitePage>(editor, 'sites?sort=title&limit=1');
    const rest = await list<StaffSitePage>(editor, `sites?sort=title&limit=1&cursor=${titles.nextCursor ?? ''}`);
    expect([...idsOf(titles), ...idsOf(rest)]).toEqual([castle.id, museum.id]);
    expect(rest.nextCursor).toBeNull();
  });

  it('refuses an order a kind does not have and an unknown category or kind, naming the field', async () => {
    for (const [path, pointer] of [['sites?sort=start-asc', '#/query/sort'], ['events?category=party', '#/query/category'], ['sites?kind=castle', '#/query/kind'], ['events?translationStatus=old', '#/query/translationStatus']]) {
      const res = await request(asSignedIn(testApp.app, editor)).get(`/api/v1/editorial/${path}`);
      expect(res.status, path).toBe(422);
      expect(res.type).toBe('application/problem+json');
      expect(JSON.stringify(res.body), path).toContain(pointer);
    }
  });

  it('lists the events taking place within a range of days, both days counted in the portal’s zone', async () => {
    const idsFor = async (query: string) => {
      const res = await request(asSignedIn(testApp.app, editor)).get(`/api/v1/editorial/events?${query}`);
      expect(res.status, query).toBe(200);
      return (res.body as StaffEventPage).items.map((item) => item.id).filter((id) => id === fair.id || id === concert.id);
    };
    expect(await idsFor('from=2036-03-29&to=2036-03-29')).toEqual([fair.id]);
    expect(await idsFor('from=2036-03-30&sort=start-asc')).toEqual([concert.id]);
    expect(await idsFor('to=2036-06-10&sort=start-asc')).toEqual([fair.id, concert.id]);
    expect(await idsFor('to=2036-03-28')).toEqual([]);
    const backwards = await request(asSignedIn(testApp.app, editor)).get('/api/v1/editorial/events?from=2036-06-11&to=2036-05-01');
    expect(backwards.status).toBe(422);
    expect((backwards.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual(['#/query/to']);
  });

  it('reads a draft event or place by id with its translation status, answers 404 for an unknown id, and 401 to strangers', async () => {
    const event = await request(asSignedIn(testApp.app, author)).get(`/api/v1/editorial/events/${fair.id}`);
    expect(event.status).toBe(200);
    // Whose own work each is: who saved its first version.
    expect(event.body).toMatchObject({ id: fair.id, status: 'draft', version: fair.version, authorId: editor.user.id, translationStatus: { ru: { stale: ['description', 'title'] } } });
    const site = await request(asSignedIn(testApp.app, author)).get(`/api/v1/editorial/sites/${castle.id}`);
    expect(site.body).toMatchObject({ id: castle.id, kind: 'tourist-site', authorId: author.user.id, translationStatus: { ru: { stale: [] } } });
    const missing = await request(asSignedIn(testApp.app, author)).get('/api/v1/editorial/sites/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    for (const path of ['events', 'sites', `events/${fair.id}`, `sites/${castle.id}`]) expect((await request(testApp.app).get(`/api/v1/editorial/${path}`)).status).toBe(401);
  });
});
