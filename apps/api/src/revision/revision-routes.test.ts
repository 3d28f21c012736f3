import { type Article, type ArticleRevision, type Event, type Problem, type RevisionDiff, type RevisionPage, type Site, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { type SignedIn, asSignedIn, signInAs } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';

// The history of an item through the API: every save listed with who made it and what it changed, any saved state
// read back, any two compared field by field, and an earlier one saved again as a new version.

const text = (headline: string, paragraphs = [`${headline}.`]) => ({ headline, body: richTextFromParagraphs(paragraphs) });

describeEachDatabase('revision routes', (dialect) => {
  const testApp = useTestApp(dialect);
  let author: SignedIn;
  let translator: SignedIn;

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'economy', name: { en: 'Economy' } });
    author = await signInAs(testApp.app, testApp.database, 'author');
    translator = await signInAs(testApp.app, testApp.database, 'translator');
  });

  const staff = () => request(testApp.staffApp);
  async function createArticle(headline: string, as = testApp.staffApp): Promise<Article> {
    const res = await request(as).post('/api/v1/articles').send({ section: 'economy', translations: { en: text(headline, ['First.', 'Second.']) } });
    expect(res.status).toBe(201);
    return res.body as Article;
  }
  async function patch(article: { id: string; version: number }, body: object): Promise<Article> {
    const res = await staff().patch(`/api/v1/articles/${article.id}`).set('If-Match', `"${article.version}"`).send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as Article;
  }
  const historyOf = async (id: string, query: Record<string, string> = {}) => {
    const res = await staff().get(`/api/v1/articles/${id}/revisions`).query(query);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as RevisionPage;
  };

  it('lists every save newest first, with who made it and which fields and locale fields it changed', async () => {
    const v1 = await createArticle('Harvest figures');
    const v2 = await patch(v1, { translations: { en: text('Harvest figures: a record year', ['First.', 'Second.']) } });
    await patch(v2, { tags: ['farming'] });
    const { items, nextCursor } = await historyOf(v1.id);
    expect(nextCursor).toBeNull();
    expect(items.map((r) => [r.version, r.authorId, r.authorName, r.restoredFrom])).toEqual([
      [3, testApp.editor.user.id, testApp.editor.user.name, null],
      [2, testApp.editor.user.id, testApp.editor.user.name, null],
      [1, testApp.editor.user.id, testApp.editor.user.name, null],
    ]);
    expect(items.map(({ changedFields, changedTranslations }) => ({ changedFields, changedTranslations }))).toEqual([
      { changedFields: ['tags'], changedTranslations: {} },
      { changedFields: [], changedTranslations: { en: ['headline'] } },
      { changedFields: [], changedTranslations: {} },
    ]);
  });

  it('pages through a history by cursor, comparing each page’s last entry with the save before it', async () => {
    const v1 = await createArticle('Tariffs');
    const v2 = await patch(v1, { tags: ['trade'] });
    await patch(v2, { tags: ['trade', 'customs'] });
    const first = await historyOf(v1.id, { limit: '2' });
    expect(first.items.map((r) => r.version)).toEqual([3, 2]);
    expect(first.items[1]?.changedFields).toEqual(['tags']);
    const second = await historyOf(v1.id, { limit: '2', cursor: first.nextCursor ?? '' });
    expect(second.items.map((r) => r.version)).toEqual([1]);
    expect(second.nextCursor).toBeNull();
  });

  it('reads one saved state with the article exactly as it was then', async () => {
    const v1 = await createArticle('Forum opens');
    await patch(v1, { translations: { en: text('Forum opens today') } });
    const [, oldest] = (await historyOf(v1.id)).items;
    const res = await staff().get(`/api/v1/articles/${v1.id}/revisions/${oldest?.id}`);
    expect(res.status).toBe(200);
    const revision = res.body as ArticleRevision;
    expect(revision.version).toBe(1);
    expect(revision.snapshot.translations.en?.headline).toBe('Forum opens');
    expect(revision.snapshot.version).toBe(1);
  });

  it('answers 404 for a revision of another item, for an unknown one, and for the history of an item that never was', async () => {
    const a = await createArticle('Bridge repairs');
    const b = await createArticle('Road repairs');
    const [ofB] = (await historyOf(b.id)).items;
    expect((await staff().get(`/api/v1/articles/${a.id}/revisions/${ofB?.id}`)).status).toBe(404);
    expect((await staff().get(`/api/v1/articles/${a.id}/revisions/${crypto.randomUUID()}`)).status).toBe(404);
    const unknown = await staff().get(`/api/v1/articles/${crypto.randomUUID()}/revisions`);
    expect(unknown.status).toBe(404);
    expect(unknown.type).toBe('application/problem+json');
  });

  it('compares any two revisions field by field and a body paragraph by paragraph, either way round', async () => {
    const v1 = await createArticle('Grain exports');
    await patch(v1, { translations: { en: text('Grain exports grow', ['First.', 'Inserted.', 'Second.']) }, tags: ['grain'] });
    const [newer, older] = (await historyOf(v1.id)).items;
    const res = await staff().get(`/api/v1/articles/${v1.id}/revisions/diff`).query({ from: older?.id, to: newer?.id });
    expect(res.status).toBe(200);
    const diff = res.body as RevisionDiff;
    expect([diff.from.version, diff.to.version]).toEqual([1, 2]);
    expect(diff.changes).toEqual([
      { pointer: '#/translations/en/headline', kind: 'changed', before: 'Grain exports', after: 'Grain exports grow' },
      { pointer: '#/translations/en/body/content/1', kind: 'added', after: 'Inserted.' },
      { pointer: '#/tags/0', kind: 'added', after: 'grain' },
    ]);
    const back = (await staff().get(`/api/v1/articles/${v1.id}/revisions/diff`).query({ from: newer?.id, to: older?.id })).body as RevisionDiff;
    expect(back.changes[0]).toEqual({ pointer: '#/translations/en/headline', kind: 'changed', before: 'Grain exports grow', after: 'Grain exports' });
    const bad = await staff().get(`/api/v1/articles/${v1.id}/revisions/diff`).query({ from: 'yesterday', to: newer?.id });
    expect(bad.status).toBe(422);
    expect((bad.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/query/from']);
  });

  it('restores an earlier revision as a new version marked with where it came from, keeping the workflow state', async () => {
    const v1 = await createArticle('Budget adopted');
    const v2 = await patch(v1, { translations: { en: text('Budget adopted after a long debate', ['Rewritten.']) }, tags: ['budget'] });
    const published = await testApp.stores.articles.changeWorkflow(v2.id, { status: 'published', locales: { en: 'published' } }, testApp.editor.user.id, v2.version);
    const oldest = (await historyOf(v1.id)).items.at(-1);
    const res = await staff().post(`/api/v1/articles/${v1.id}/revisions/${oldest?.id}/restore`).set('If-Match', `"${published.version}"`).send({});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const restored = res.body as Article;
    expect(restored.version).toBe(published.version + 1);
    expect(restored.translations.en).toMatchObject({ headline: 'Budget adopted', body: richTextFromParagraphs(['First.', 'Second.']), status: 'published' });
    expect(restored.tags).toEqual([]);
    expect(restored.status).toBe('published');
    const [newest] = (await historyOf(v1.id)).items;
    expect(newest).toMatchObject({ version: restored.version, restoredFrom: oldest?.id, authorId: testApp.editor.user.id });
    // Readers see the restored text: it is the published article now.
    const reader = await request(testApp.app).get(`/api/v1/articles/${restored.slug}`);
    expect(reader.body).toMatchObject({ translations: { en: { headline: 'Budget adopted' } } });
  });

  it('refuses a restore that does not say which version it replaces (428) or replaces a stale one (412), writing nothing', async () => {
    const v1 = await createArticle('Metro line');
    const v2 = await patch(v1, { tags: ['transport'] });
    const oldest = (await historyOf(v1.id)).items.at(-1);
    const blind = await staff().post(`/api/v1/articles/${v1.id}/revisions/${oldest?.id}/restore`).send({});
    expect(blind.status).toBe(428);
    const stale = await staff().post(`/api/v1/articles/${v1.id}/revisions/${oldest?.id}/restore`).send({ version: v1.version });
    expect(stale.status).toBe(412);
    expect((stale.body as Problem).currentVersion).toBe(v2.version);
    expect((await historyOf(v1.id)).items).toHaveLength(2);
    expect((await testApp.stores.articles.getById(v1.id))?.tags).toEqual(['transport']);
  });

  it('lets an author restore their own draft but no one else’s, and a translator restore nothing', async () => {
    const own = await createArticle('Author’s own', asSignedIn(testApp.app, author));
    const ownV2 = (await request(asSignedIn(testApp.app, author)).patch(`/api/v1/articles/${own.id}`).set('If-Match', '"1"').send({ tags: ['mine'] })).body as Article;
    const ownFirst = (await historyOf(own.id)).items.at(-1);
    const mine = await request(asSignedIn(testApp.app, author)).post(`/api/v1/articles/${own.id}/revisions/${ownFirst?.id}/restore`).set('If-Match', `"${ownV2.version}"`).send({});
    expect(mine.status).toBe(200);

    const editors = await createArticle('Editor’s');
    const first = (await historyOf(editors.id)).items.at(-1);
    const theirs = await request(asSignedIn(testApp.app, author)).post(`/api/v1/articles/${editors.id}/revisions/${first?.id}/restore`).set('If-Match', '"1"').send({});
    expect(theirs.status).toBe(403);
    const translating = await request(asSignedIn(testApp.app, translator)).post(`/api/v1/articles/${editors.id}/revisions/${first?.id}/restore`).set('If-Match', '"1"').send({});
    expect(translating.status).toBe(403);
    // Reading history needs only drafts:read, which every role has.
    expect((await request(asSignedIn(testApp.app, translator)).get(`/api/v1/articles/${editors.id}/revisions`)).status).toBe(200);
  });

  it('answers 409 naming the field of the revision when its old address now belongs to another article', async () => {
    const v1 = await createArticle('Old address');
    const v2 = await patch(v1, { slug: 'new-address' });
    await createArticle('Squatter').then((other) => patch(other, { slug: v1.slug }));
    const oldest = (await historyOf(v1.id)).items.at(-1);
    const res = await staff().post(`/api/v1/articles/${v1.id}/revisions/${oldest?.id}/restore`).set('If-Match', `"${v2.version}"`).send({});
    expect(res.status).toBe(409);
    expect((res.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/snapshot/slug']);
    expect((await testApp.stores.articles.getById(v1.id))?.version).toBe(v2.version);
  });

  it('restores an event’s schedule and a place’s kind and fields through their own rules', async () => {
    const created = await staff()
      .post('/api/v1/events')
      .send({ category: 'concert', translations: { en: { title: 'Organ night', description: richTextFromParagraphs(['Bach.']) } }, schedule: [{ start: '2039-05-18T19:00', end: '2039-05-18T21:00' }] });
    const event = created.body as Event;
    const moved = (await staff().patch(`/api/v1/events/${event.id}`).set('If-Match', `"${event.version}"`).send({ schedule: [{ start: '2039-06-01T19:00', end: '2039-06-01T21:00' }] })).body as Event;
    const eventHistory = (await staff().get(`/api/v1/events/${event.id}/revisions`)).body as RevisionPage;
    const back = await staff().post(`/api/v1/events/${event.id}/revisions/${eventHistory.items.at(-1)?.id}/restore`).set('If-Match', `"${moved.version}"`).send({});
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect((back.body as Event).schedule).toEqual(event.schedule);

    const place = (await staff()
      .post('/api/v1/sites')
      .send({ kind: 'museum', region: 'minsk', coordinates: { lat: 53.9, lng: 27.56 }, translations: { en: { name: 'Art museum', description: richTextFromParagraphs(['Paintings.']) } } })).body as Site;
    const renamed = (await staff().patch(`/api/v1/sites/${place.id}`).set('If-Match', `"${place.version}"`).send({ kind: 'museum', coordinates: { lat: 52.1, lng: 23.7 }, translations: { en: { name: 'National art museum', description: richTextFromParagraphs(['Paintings.']) } } })).body as Site;
    const placeHistory = (await staff().get(`/api/v1/sites/${place.id}/revisions`)).body as RevisionPage;
    expect(placeHistory.items[0]).toMatchObject({ changedFields: ['coordinates'], changedTranslations: { en: ['name'] } });
    const diff = (await staff().get(`/api/v1/sites/${place.id}/revisions/diff`).query({ from: placeHistory.items[1]?.id, to: placeHistory.items[0]?.id })).body as RevisionDiff;
    expect(diff.changes.map((c) => c.pointer)).toEqual(['#/translations/en/name', '#/coordinates/lat', '#/coordinates/lng']);
    const restored = await staff().post(`/api/v1/sites/${place.id}/revisions/${placeHistory.items[1]?.id}/restore`).set('If-Match', `"${renamed.version}"`).send({});
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body).toMatchObject({ kind: 'museum', coordinates: { lat: 53.9, lng: 27.56 }, translations: { en: { name: 'Art museum' } } });
    const one = await staff().get(`/api/v1/sites/${place.id}/revisions/${placeHistory.items[1]?.id}`);
    expect(one.body).toMatchObject({ snapshot: { kind: 'museum', translations: { en: { name: 'Art museum' } } } });
  });
});
