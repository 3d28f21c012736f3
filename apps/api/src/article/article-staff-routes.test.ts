import { type Article, type StaffArticlePage, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { type SignedIn, asSignedIn, signInAs } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';

const text = (headline: string) => ({ headline, body: richTextFromParagraphs(['Text.']) });

describeEachDatabase('the editorial article list and reads', (dialect) => {
  const testApp = useTestApp(dialect);
  let author: SignedIn;
  let editor: SignedIn;
  let mine: Article;
  let theirs: Article;
  let published: Article;

  beforeAll(async () => {
    author = await signInAs(testApp.app, testApp.database, 'author');
    editor = await signInAs(testApp.app, testApp.database, 'editor');
    await testApp.stores.sections.create({ slug: 'culture', name: { en: 'Culture' } });
    await testApp.stores.sections.create({ slug: 'theatre', parent: 'culture', name: { en: 'Theatre' } });
    await testApp.stores.sections.create({ slug: 'sport', name: { en: 'Sport' } });
    mine = await testApp.stores.articles.create({ section: 'theatre', translations: { en: text('Opera season opens'), ru: text('Оперный сезон открыт') } }, author.user.id);
    theirs = await testApp.stores.articles.create({ section: 'sport', translations: { en: text('Marathon route announced') } }, editor.user.id);
    published = await testApp.stores.articles.create({ section: 'sport', translations: { en: text('Cup final tickets') } }, editor.user.id);
    await testApp.stores.articles.changeWorkflow(published.id, { status: 'published', publishedAt: '2026-05-12T07:00:00Z', locales: { en: 'published' } });
  });

  const list = async (who: SignedIn, query: string) => {
    const res = await request(asSignedIn(testApp.app, who)).get(`/api/v1/editorial/articles${query}`);
    expect(res.status).toBe(200);
    return res.body as StaffArticlePage;
  };

  it('lists drafts and published articles alike, with each locale’s state and the headline', async () => {
    const page = await list(editor, '');
    expect(page.items.map((a) => a.id).sort()).toEqual([mine.id, theirs.id, published.id].sort());
    const opera = page.items.find((a) => a.id === mine.id);
    expect(opera).toMatchObject({ status: 'draft', headline: 'Opera season opens', headlineLocale: 'en', localeStatuses: { en: 'draft', ru: 'draft' } });
  });

  it('filters by status, and by author with `me` standing for the caller', async () => {
    expect((await list(editor, '?status=published')).items.map((a) => a.id)).toEqual([published.id]);
    expect((await list(author, '?author=me')).items.map((a) => a.id)).toEqual([mine.id]);
    expect((await list(author, `?author=${editor.user.id}&status=draft`)).items.map((a) => a.id)).toEqual([theirs.id]);
  });

  it('includes sub-sections in a section, and answers an empty page for a section that does not exist', async () => {
    expect((await list(editor, '?section=culture')).items.map((a) => a.id)).toEqual([mine.id]);
    expect((await list(editor, '?section=no-such-section')).items).toEqual([]);
  });

  it('finds headlines in any locale, ignoring case, and gives the headline in the asked locale', async () => {
    expect((await list(editor, '?q=MARATHON')).items.map((a) => a.id)).toEqual([theirs.id]);
    const russian = await list(editor, `?q=${encodeURIComponent('Оперный')}&locale=ru`);
    expect(russian.items).toMatchObject([{ id: mine.id, headline: 'Оперный сезон открыт', headlineLocale: 'ru' }]);
  });

  it('pages with cursors in either order without repeating or skipping an article', async () => {
    for (const sort of ['updated-desc', 'created-asc']) {
      const first = await list(editor, `?sort=${sort}&limit=2`);
      expect(first.nextCursor).not.toBeNull();
      const second = await list(editor, `?sort=${sort}&limit=2&cursor=${first.nextCursor ?? ''}`);
      expect(second.nextCursor).toBeNull();
      const ids = [...first.items, ...second.items].map((a) => a.id);
      expect(new Set(ids).size).toBe(3);
    }
    const oldestFirst = await list(editor, '?sort=created-asc');
    expect(oldestFirst.items[0]?.id).toBe(mine.id);
  });

  it('refuses an unknown sort and a forged cursor with the field named', async () => {
    const badSort = await request(asSignedIn(testApp.app, editor)).get('/api/v1/editorial/articles?sort=random');
    expect(badSort.status).toBe(422);
    const badCursor = await request(asSignedIn(testApp.app, editor)).get('/api/v1/editorial/articles?cursor=bm90LWEtY3Vyc29y');
    expect(badCursor.status).toBe(422);
    expect(JSON.stringify(badCursor.body)).toContain('#/query/cursor');
  });

  it('is closed to anonymous callers', async () => {
    expect((await request(testApp.app).get('/api/v1/editorial/articles')).status).toBe(401);
    expect((await request(testApp.app).get(`/api/v1/editorial/articles/${mine.id}`)).status).toBe(401);
  });

  it('reads a draft by id with its translation status and version, and answers 404 for an unknown id', async () => {
    const res = await request(asSignedIn(testApp.app, author)).get(`/api/v1/editorial/articles/${mine.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: mine.id, status: 'draft', version: 1, translationStatus: { en: { stale: [] } } });
    const missing = await request(asSignedIn(testApp.app, author)).get('/api/v1/editorial/articles/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
  });
});
