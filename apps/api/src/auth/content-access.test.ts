import { type Article, type Problem, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { type SignedIn, asSignedIn, signInAs } from './test-staff.js';

const text = (headline: string) => ({ headline, body: richTextFromParagraphs(['Text.']) });

describeEachDatabase('who may change which item', (dialect) => {
  const testApp = useTestApp(dialect);
  let author: SignedIn;
  let otherAuthor: SignedIn;
  let translator: SignedIn;

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'news', name: { en: 'News' } });
    author = await signInAs(testApp.app, testApp.database, 'author');
    otherAuthor = await signInAs(testApp.app, testApp.database, 'author');
    translator = await signInAs(testApp.app, testApp.database, 'translator'); // assigned Belarusian
  });

  const create = async (as: SignedIn, headline: string) =>
    (await request(asSignedIn(testApp.app, as)).post('/api/v1/articles').send({ section: 'news', translations: { en: text(headline) } })).body as Article;
  const patch = (as: SignedIn, article: Article, body: object) =>
    request(asSignedIn(testApp.app, as)).patch(`/api/v1/articles/${article.id}`).set('If-Match', `"${article.version}"`).send(body);

  it('lets an author change their own draft, and refuses them someone else’s with 403', async () => {
    const own = await create(author, 'Own draft');
    expect(own.authorId).toBe(author.user.id);
    expect((await patch(author, own, { tags: ['mine'] })).status).toBe(200);
    const theirs = await create(otherAuthor, 'Their draft');
    const refused = await patch(author, theirs, { tags: ['mine'] });
    expect(refused.status).toBe(403);
    expect((refused.body as Problem).detail).toBe('Authors change only their own drafts');
    expect((await testApp.stores.articles.getById(theirs.id))?.tags).toEqual([]);
  });

  it('refuses an author their own article once it is no longer a draft', async () => {
    const own = await create(author, 'Submitted piece');
    await testApp.stores.articles.changeWorkflow(own.id, { status: 'in-review', locales: { en: 'in-review' } });
    const current = (await testApp.stores.articles.getById(own.id)) as Article;
    expect((await patch(author, current, { tags: ['late'] })).status).toBe(403);
  });

  it('lets a translator write translations in their locales only, and nothing else', async () => {
    const article = await create(otherAuthor, 'To translate');
    const translated = await patch(translator, article, { translations: { be: text('Каб перакласці') } });
    expect(translated.status).toBe(200);
    const after = translated.body as Article;
    expect((await patch(translator, after, { translations: { ru: text('Перевести') } })).status).toBe(403);
    expect((await patch(translator, after, { tags: ['sneaky'] })).status).toBe(403);
  });

  it('lets an editor change anyone’s article', async () => {
    const article = await create(author, 'Edited by the desk');
    expect((await patch(testApp.editor, article, { tags: ['desk'] })).status).toBe(200);
  });

  it('applies the same rule to places, whose author is whoever created them', async () => {
    const site = { kind: 'museum', region: 'minsk', coordinates: { lat: 53.9, lng: 27.56 }, translations: { en: { name: 'Author museum', description: richTextFromParagraphs(['M.']) } } };
    const created = (await request(asSignedIn(testApp.app, author)).post('/api/v1/sites').send(site)).body as { id: string; version: number };
    const change = (as: SignedIn) => request(asSignedIn(testApp.app, as)).patch(`/api/v1/sites/${created.id}`).set('If-Match', `"${created.version}"`).send({ kind: 'museum', tags: ['x'] });
    expect((await change(otherAuthor)).status).toBe(403);
    expect((await change(author)).status).toBe(200);
  });

  it('lets a translator save a place’s translation, which names the place’s own kind, but not change its kind', async () => {
    const site = { kind: 'museum', region: 'minsk', coordinates: { lat: 53.9, lng: 27.56 }, translations: { en: { name: 'Translated museum', description: richTextFromParagraphs(['M.']) } } };
    const created = (await request(asSignedIn(testApp.app, testApp.editor)).post('/api/v1/sites').send(site)).body as { id: string; version: number };
    const send = (body: object, version: number) =>
      request(asSignedIn(testApp.app, translator)).patch(`/api/v1/sites/${created.id}`).set('If-Match', `"${version}"`).send(body);
    const translation = { be: { name: 'Музей перакладу', description: richTextFromParagraphs(['М.']) } };
    const saved = await send({ kind: 'museum', translations: translation }, created.version);
    expect(saved.status).toBe(200);
    const refused = await send({ kind: 'sanatorium', translations: translation }, (saved.body as { version: number }).version);
    expect(refused.status).toBe(403);
    expect((refused.body as Problem).detail).toBe('Translators change translations only, not "kind"');
  });
});
