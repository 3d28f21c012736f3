import { type Article, type Problem, type RevisionPage, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { type SignedIn, asSignedIn, signInAs } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';

// Two editors read the same article at the same version and both save it with If-Match of that version, one after
// the other or at the same moment. Exactly one save lands; the other answers 412 naming the current version and
// writes nothing. The history, read through the revision routes, holds the original and the winner's save, and the
// original can be brought back.

const text = (headline: string) => ({ headline, body: richTextFromParagraphs([`${headline}.`]) });

describeEachDatabase('two editors saving one article, seen through its revisions', (dialect) => {
  const testApp = useTestApp(dialect);
  let alena: SignedIn;
  let barys: SignedIn;

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'economy', name: { en: 'Economy' } });
    alena = await signInAs(testApp.app, testApp.database, 'editor', `alena-${dialect}@kraina.test`);
    barys = await signInAs(testApp.app, testApp.database, 'editor', `barys-${dialect}@kraina.test`);
  });

  const as = (editor: SignedIn) => request(asSignedIn(testApp.app, editor));
  async function open(headline: string): Promise<Article> {
    const created = await as(alena).post('/api/v1/articles').send({ section: 'economy', translations: { en: text(headline) } });
    expect(created.status).toBe(201);
    // Both editors open this version of it.
    return created.body as Article;
  }
  const save = (editor: SignedIn, article: Article, headline: string) =>
    as(editor).patch(`/api/v1/articles/${article.id}`).set('If-Match', `"${article.version}"`).send({ translations: { en: text(headline) } });
  const historyOf = async (id: string) => ((await as(alena).get(`/api/v1/articles/${id}/revisions`)).body as RevisionPage).items;
  const headlineAt = async (id: string, revisionId: string) =>
    ((await as(alena).get(`/api/v1/articles/${id}/revisions/${revisionId}`)).body as { snapshot: Article }).snapshot.translations.en?.headline;

  it('lets one of two saves in, answers the other 412 with the current version, and keeps both the original and the winner', async () => {
    const opened = await open('Harvest figures');
    const first = await save(alena, opened, 'Harvest figures: a record year');
    const second = await save(barys, opened, 'Harvest figures are down');
    expect(first.status).toBe(200);
    expect(second.status).toBe(412);
    expect(second.type).toBe('application/problem+json');
    expect((second.body as Problem).currentVersion).toBe(opened.version + 1);

    // Nothing of the loser's: not in the article, not in its history.
    expect((await testApp.stores.articles.getById(opened.id))?.translations.en?.headline).toBe('Harvest figures: a record year');
    const history = await historyOf(opened.id);
    expect(history.map((r) => [r.version, r.authorId])).toEqual([
      [opened.version + 1, alena.user.id],
      [opened.version, alena.user.id],
    ]);
    expect(await Promise.all(history.map((r) => headlineAt(opened.id, r.id)))).toEqual(['Harvest figures: a record year', 'Harvest figures']);

    // Barys, told he lost, brings the original back on top of the current version.
    const original = history.at(-1);
    const restored = await as(barys).post(`/api/v1/articles/${opened.id}/revisions/${original?.id}/restore`).set('If-Match', `"${(second.body as Problem).currentVersion}"`).send({});
    expect(restored.status).toBe(200);
    expect((restored.body as Article).translations.en?.headline).toBe('Harvest figures');
    const [newest] = await historyOf(opened.id);
    expect(newest).toMatchObject({ version: opened.version + 2, authorId: barys.user.id, restoredFrom: original?.id, changedTranslations: { en: ['headline', 'body'] } });
  });

  it('lets exactly one of two saves sent at the same moment in, whichever it is, and nothing of the other', async () => {
    for (let round = 0; round < 5; round += 1) {
      const opened = await open(`Budget ${round}`);
      const [a, b] = await Promise.all([save(alena, opened, `Budget ${round} by Alena`), save(barys, opened, `Budget ${round} by Barys`)]);
      expect([a.status, b.status].sort()).toEqual([200, 412]);
      const [winner, loser] = a.status === 200 ? [alena, b] : [barys, a];
      expect((loser.body as Problem).currentVersion).toBe(opened.version + 1);
      const history = await historyOf(opened.id);
      expect(history.map((r) => [r.version, r.authorId])).toEqual([
        [opened.version + 1, winner.user.id],
        [opened.version, alena.user.id],
      ]);
      const who = winner === alena ? 'Alena' : 'Barys';
      expect(await Promise.all(history.map((r) => headlineAt(opened.id, r.id)))).toEqual([`Budget ${round} by ${who}`, `Budget ${round}`]);
    }
  });
});
