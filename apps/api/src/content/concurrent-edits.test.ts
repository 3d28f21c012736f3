import { type Article, type Problem, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { type SignedIn, asSignedIn, signInAs } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';

// Two editors open the same article at the same version and both save. Exactly one save lands; the other answers 412
// with the version the article is at now, writes nothing, and every saved state stays in the revisions.

const text = (headline: string) => ({ headline, body: richTextFromParagraphs([`${headline}.`]) });

describeEachDatabase('two editors saving the same article', (dialect) => {
  const testApp = useTestApp(dialect);
  let alena: SignedIn;
  let barys: SignedIn;
  const save = (editor: SignedIn, article: Article, headline: string) =>
    request(asSignedIn(testApp.app, editor))
      .patch(`/api/v1/articles/${article.id}`)
      .set('If-Match', `"${article.version}"`)
      .send({ translations: { en: text(headline) } });
  const revisionsOf = (id: string) =>
    testApp.database.db.selectFrom('revisions').select(['version', 'author_id', 'snapshot_json']).where('entity_id', '=', id).orderBy('version').execute();
  const headlineIn = (snapshot: string) => (JSON.parse(snapshot) as Article).translations.en?.headline;

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'economy', name: { en: 'Economy' } });
    alena = await signInAs(testApp.app, testApp.database, 'editor', 'alena@kraina.test');
    barys = await signInAs(testApp.app, testApp.database, 'editor', 'barys@kraina.test');
  });

  it('lets the first save in and answers the second with 412 and the current version, writing nothing of it', async () => {
    const opened = await testApp.stores.articles.create({ section: 'economy', translations: { en: text('Harvest figures') } });
    const first = await save(alena, opened, 'Harvest figures: a record year');
    expect(first.status).toBe(200);
    const second = await save(barys, opened, 'Harvest figures are down');
    expect(second.status).toBe(412);
    expect(second.type).toBe('application/problem+json');
    expect((second.body as Problem).currentVersion).toBe((first.body as Article).version);

    const now = await testApp.stores.articles.getById(opened.id);
    expect(now?.translations.en?.headline).toBe('Harvest figures: a record year');
    const revisions = await revisionsOf(opened.id);
    expect(revisions.map((r) => headlineIn(r.snapshot_json))).toEqual(['Harvest figures', 'Harvest figures: a record year']);
    expect(revisions.map((r) => r.author_id)).toEqual([null, alena.user.id]);
  });

  it('lets exactly one of two saves made at the same moment in, whichever it is, and keeps both earlier states', async () => {
    for (let round = 0; round < 5; round += 1) {
      const opened = await testApp.stores.articles.create({ section: 'economy', translations: { en: text(`Budget ${round}`) } });
      const [a, b] = await Promise.all([save(alena, opened, `Budget ${round} by Alena`), save(barys, opened, `Budget ${round} by Barys`)]);
      expect([a.status, b.status].sort()).toEqual([200, 412]);
      const winner = a.status === 200 ? 'Alena' : 'Barys';
      const loser = a.status === 200 ? b : a;
      expect((loser.body as Problem).currentVersion).toBe(opened.version + 1);
      const revisions = await revisionsOf(opened.id);
      expect(revisions.map((r) => headlineIn(r.snapshot_json))).toEqual([`Budget ${round}`, `Budget ${round} by ${winner}`]);
      expect(revisions.map((r) => r.version)).toEqual([opened.version, opened.version + 1]);
    }
  });

  it('lets the loser reload the current version and save on top of it, which then lands', async () => {
    const opened = await testApp.stores.articles.create({ section: 'economy', translations: { en: text('Forum') } });
    const first = await save(alena, opened, 'Forum opens');
    const stale = await save(barys, opened, 'Forum opens today');
    const current = { ...opened, version: (stale.body as Problem).currentVersion ?? -1 };
    expect(current.version).toBe((first.body as Article).version);
    const retried = await save(barys, current, 'Forum opens today');
    expect(retried.status).toBe(200);
    expect((await revisionsOf(opened.id)).map((r) => headlineIn(r.snapshot_json))).toEqual(['Forum', 'Forum opens', 'Forum opens today']);
  });

  it('refuses with 428 an update that does not say which version it is based on, and writes nothing', async () => {
    const opened = await testApp.stores.articles.create({ section: 'economy', translations: { en: text('Tariffs') } });
    const blind = await request(asSignedIn(testApp.app, alena)).patch(`/api/v1/articles/${opened.id}`).send({ translations: { en: text('Tariffs cut') } });
    expect(blind.status).toBe(428);
    expect((blind.body as Problem).errors?.[0]?.pointer).toBe('#/headers/if-match');
    expect((await testApp.stores.articles.getById(opened.id))?.version).toBe(opened.version);
    // The version may come in the body instead of If-Match.
    const inBody = await request(asSignedIn(testApp.app, alena)).patch(`/api/v1/articles/${opened.id}`).send({ translations: { en: text('Tariffs cut') }, version: opened.version });
    expect(inBody.status).toBe(200);
  });
});
