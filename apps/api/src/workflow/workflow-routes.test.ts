import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { type SignedIn, asSignedIn, signInAs, tokenWith } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { contentKinds, createDraft, ensureSection, pathOf } from './workflow-test-content.js';

const mediaId = '6d1f0c2e-5b7a-4c3d-9e8f-1a2b3c4d5e6f';

describeEachDatabase('the workflow routes', (dialect) => {
  const testApp = useTestApp(dialect);
  let author: SignedIn;
  let otherAuthor: SignedIn;
  let translator: SignedIn;

  beforeAll(async () => {
    await ensureSection(testApp.stores);
    author = await signInAs(testApp.app, testApp.database, 'author');
    otherAuthor = await signInAs(testApp.app, testApp.database, 'author');
    translator = await signInAs(testApp.app, testApp.database, 'translator');
    // A library photo described and credited in English only.
    await testApp.database.db
      .insertInto('media')
      .values({ id: mediaId, kind: 'image', filename: 'IMG_0042.jpg', mime_type: 'image/jpeg', bytes: 1, width: 1, height: 1, credit: 'BelTA', focal_x: 0.5, focal_y: 0.5, storage_key: 'k', created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', version: 1 })
      .execute();
    await testApp.database.db.insertInto('media_translations').values({ media_id: mediaId, locale: 'en', alt: 'Mir Castle at dusk', caption: 'Mir Castle' }).execute();
  });

  const move = (app: typeof testApp.app, kind: keyof typeof pathOf, id: string, body: object) => request(app).post(`/api/v1/${pathOf[kind]}/${id}/workflow`).send(body);
  const audit = (id: string) => testApp.database.db.selectFrom('audit_log').select(['action', 'actor_id', 'details_json']).where('target_id', '=', id).orderBy('seq').execute();

  it.each(contentKinds)('%s: an editor publishes a draft in every locale it has; readers see it and the audit log names the editor', async (kind) => {
    const draft = await createDraft(testApp.stores, kind, `Published ${kind} ${dialect}`);
    const res = await move(testApp.staffApp, kind, draft.id, { action: 'publish' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'published', version: draft.version + 1, publishAt: null, translations: { en: { status: 'published' }, ru: { status: 'published' } } });
    expect((await request(testApp.app).get(`/api/v1/${pathOf[kind]}/${draft.slug}`)).status).toBe(200);
    expect(await audit(draft.id)).toEqual([{ action: 'published', actor_id: testApp.editor.user.id, details_json: expect.stringContaining('"locales":["en","ru"]') as string }]);
  });

  it('publishes only the locales asked for, leaving the others drafts', async () => {
    const draft = await createDraft(testApp.stores, 'article', `Only English ${dialect}`);
    const res = await move(testApp.staffApp, 'article', draft.id, { action: 'publish', locales: ['en'] });
    expect(res.body).toMatchObject({ status: 'published', translations: { en: { status: 'published' }, ru: { status: 'draft' } } });
    expect((await request(testApp.app).get(`/api/v1/articles/${draft.slug}?locale=ru`)).body).toMatchObject({ servedLocale: 'en' });

    // The Russian translation is ready later: publishing the live article again adds it, and the log says which.
    const added = await move(testApp.staffApp, 'article', draft.id, { action: 'publish', locales: ['en', 'ru'] });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ status: 'published', translations: { en: { status: 'published' }, ru: { status: 'published' } } });
    expect((await request(testApp.app).get(`/api/v1/articles/${draft.slug}?locale=ru`)).body).toMatchObject({ servedLocale: 'ru' });
    const entries = await audit(draft.id);
    expect(entries.map((entry) => entry.action)).toEqual(['published', 'published']);
    expect(entries[1]?.details_json).toContain('"locales":["ru"]');
  });

  it('lets an author submit their own draft and take it back, and nothing more', async () => {
    const draft = await createDraft(testApp.stores, 'article', `Own draft ${dialect}`, author.user.id);
    const asAuthor = asSignedIn(testApp.app, author);
    expect((await move(asAuthor, 'article', draft.id, { action: 'publish' })).status).toBe(403);
    const submitted = await move(asAuthor, 'article', draft.id, { action: 'submit' });
    expect(submitted.body).toMatchObject({ status: 'in-review' });
    expect((await move(asSignedIn(testApp.app, otherAuthor), 'article', draft.id, { action: 'return' })).status).toBe(403);
    expect((await move(asAuthor, 'article', draft.id, { action: 'return' })).body).toMatchObject({ status: 'draft' });
  });

  it("refuses an author someone else's draft, and a translator every move, with 403", async () => {
    const draft = await createDraft(testApp.stores, 'event', `Not theirs ${dialect}`, author.user.id);
    const res = await move(asSignedIn(testApp.app, otherAuthor), 'event', draft.id, { action: 'submit' });
    expect(res.status).toBe(403);
    expect(res.type).toBe('application/problem+json');
    expect((await move(asSignedIn(testApp.app, translator), 'event', draft.id, { action: 'submit' })).status).toBe(403);
    expect(await testApp.stores.events.getById(draft.id)).toMatchObject({ status: 'draft', version: draft.version });
  });

  it('moves a publishing token as an editor, and a writing token no further than submitting', async () => {
    const draft = await createDraft(testApp.stores, 'site', `Token place ${dialect}`);
    const writer = await tokenWith(testApp.database, ['content:write']);
    const publisher = await tokenWith(testApp.database, ['content:publish']);
    const asToken = (token: string, body: object) => move(testApp.app, 'site', draft.id, body).set('Authorization', `Bearer ${token}`);
    expect((await asToken(writer, { action: 'publish' })).status).toBe(403);
    expect((await asToken(writer, { action: 'submit' })).body).toMatchObject({ status: 'in-review' });
    expect((await asToken(publisher, { action: 'publish' })).body).toMatchObject({ status: 'published' });
  });

  it('answers 409 for a move that does not start from the current status, and changes nothing', async () => {
    const draft = await createDraft(testApp.stores, 'article', `Wrong status ${dialect}`);
    const res = await move(testApp.staffApp, 'article', draft.id, { action: 'unpublish' });
    expect(res.status).toBe(409);
    expect(await testApp.stores.articles.getById(draft.id)).toEqual(draft);
  });

  it('answers 412 naming the current version for a move based on an older one, by If-Match or body', async () => {
    const draft = await createDraft(testApp.stores, 'article', `Stale ${dialect}`);
    await testApp.stores.articles.update(draft.id, { tags: ['moved-on'] });
    const byHeader = await move(testApp.staffApp, 'article', draft.id, { action: 'publish' }).set('If-Match', `"${draft.version}"`);
    expect(byHeader.status).toBe(412);
    expect(byHeader.body).toMatchObject({ code: 'version-conflict', currentVersion: draft.version + 1 });
    expect((await move(testApp.staffApp, 'article', draft.id, { action: 'publish', version: draft.version })).body).toMatchObject({ currentVersion: draft.version + 1 });
    expect((await move(testApp.staffApp, 'article', draft.id, { action: 'publish', version: draft.version + 1 })).status).toBe(200);
  });

  it('answers 404 for an unknown item', async () => {
    expect((await move(testApp.staffApp, 'event', '00000000-0000-4000-8000-000000000000', { action: 'publish' })).status).toBe(404);
  });

  it('schedules in the future only, with a time, and shows the time to editors', async () => {
    const draft = await createDraft(testApp.stores, 'event', `Scheduled ${dialect}`);
    const missing = await move(testApp.staffApp, 'event', draft.id, { action: 'schedule' });
    expect(missing.status).toBe(422);
    expect((missing.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual(['#/body/publishAt']);
    const past = await move(testApp.staffApp, 'event', draft.id, { action: 'schedule', publishAt: '2020-01-01T00:00:00Z' });
    expect(past.status).toBe(422);
    expect((past.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual(['#/body/publishAt']);
    const scheduled = await move(testApp.staffApp, 'event', draft.id, { action: 'schedule', publishAt: '2037-03-01T12:00:00+03:00', locales: ['en'] });
    expect(scheduled.body).toMatchObject({ status: 'scheduled', publishAt: '2037-03-01T09:00:00.000Z', translations: { en: { status: 'scheduled' }, ru: { status: 'draft' } } });
    const unscheduled = await move(testApp.staffApp, 'event', draft.id, { action: 'unschedule' });
    expect(unscheduled.body).toMatchObject({ status: 'draft', publishAt: null, translations: { en: { status: 'draft' } } });
  });

  it('refuses locales the item has no text in, naming each', async () => {
    const draft = await createDraft(testApp.stores, 'article', `No Belarusian ${dialect}`);
    const res = await move(testApp.staffApp, 'article', draft.id, { action: 'publish', locales: ['en', 'be'] });
    expect(res.status).toBe(422);
    expect((res.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual(['#/body/locales/1']);
  });

  it('refuses to publish or schedule a locale failing the publishing checks, naming every field, and writes nothing', async () => {
    const draft = await testApp.stores.articles.create({
      section: 'workflow',
      leadImage: { mediaId },
      translations: {
        en: { headline: `Checked ${dialect}`, body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Two' }] }] } },
        ru: { headline: `Checked ru ${dialect}`, body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Два' }] }, { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Четыре' }] }] } },
      },
    });
    for (const body of [{ action: 'publish' }, { action: 'schedule', publishAt: '2037-01-01T00:00:00Z' }]) {
      const res = await move(testApp.staffApp, 'article', draft.id, body);
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ type: expect.stringContaining('invalid-input') as string });
      expect((res.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual([
        '#/leadImage/alt/ru',
        '#/leadImage/caption/ru',
        '#/translations/ru/body/content/1/attrs/level',
      ]);
    }
    expect(await testApp.stores.articles.getById(draft.id)).toEqual(draft);
    expect(await audit(draft.id)).toEqual([]);
    // The English text alone passes: the library's alt text, caption and credit stand in for the article's own.
    expect((await move(testApp.staffApp, 'article', draft.id, { action: 'publish', locales: ['en'] })).status).toBe(200);
  });

  it('takes every locale back to draft on unpublishing, and the item leaves the public site', async () => {
    const draft = await createDraft(testApp.stores, 'site', `Unpublished ${dialect}`);
    const published = await move(testApp.staffApp, 'site', draft.id, { action: 'publish' });
    const res = await move(testApp.staffApp, 'site', draft.id, { action: 'unpublish' }).set('If-Match', `"${(published.body as { version: number }).version}"`);
    expect(res.body).toMatchObject({ status: 'draft', translations: { en: { status: 'draft' }, ru: { status: 'draft' } } });
    expect((res.body as object)).not.toHaveProperty('withdrawal');
    expect((await request(testApp.app).get(`/api/v1/sites/${draft.slug}`)).status).toBe(404);
    expect((await audit(draft.id)).map((entry) => entry.action)).toEqual(['published', 'unpublished']);
  });
});
