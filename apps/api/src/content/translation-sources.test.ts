import { type Article, type Event, type Problem, type RevisionPage, type Site, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { type SignedIn, asSignedIn, signInAs } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';

// Translation status as data: a translation remembers the source text it was made from, field by field; a change to
// the source flags it stale in every other locale until a translator updates it or confirms it as still right.

const en = (headline: string, body = 'Text.', lead?: string) => ({ headline, body: richTextFromParagraphs([body]), ...(lead === undefined ? {} : { lead }) });
const be = (headline: string, body = 'Тэкст.') => ({ headline, body: richTextFromParagraphs([body]) });

describeEachDatabase('translation status', (dialect) => {
  const testApp = useTestApp(dialect);
  let translator: SignedIn;

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'economy', name: { en: 'Economy' } });
    translator = await signInAs(testApp.app, testApp.database, 'translator'); // assigned Belarusian
  });

  const staff = () => request(testApp.staffApp);
  const asTranslator = () => request(asSignedIn(testApp.app, translator));
  async function create(translations: Record<string, object>): Promise<Article> {
    const res = await staff().post('/api/v1/articles').send({ section: 'economy', translations });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Article;
  }
  async function patch(article: Article, translations: Record<string, object>, as = staff): Promise<Article> {
    const res = await as().patch(`/api/v1/articles/${article.id}`).set('If-Match', `"${article.version}"`).send({ translations });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as Article;
  }
  const confirm = (article: Article, locale: string, body: object = {}, as = asTranslator) =>
    as().post(`/api/v1/articles/${article.id}/translations/${locale}/confirm`).set('If-Match', `"${article.version}"`).send(body);

  it('starts every translation of a new article current, and says so per locale', async () => {
    const article = await create({ en: en('Harvest'), be: be('Ураджай') });
    expect(article.translationStatus).toEqual({ en: { stale: [] }, be: { stale: [] } });
  });

  it('flags only the translated fields whose source changed, and clears a field when its translation is updated', async () => {
    const article = await create({ en: en('Harvest'), be: be('Ураджай') });
    const edited = await patch(article, { en: en('Harvest: a record year') });
    expect(edited.translationStatus).toEqual({ en: { stale: [] }, be: { stale: ['headline'] } });
    // Saving the Belarusian text with its body untouched does not touch the flag on the headline…
    const bodyOnly = await patch(edited, { be: be('Ураджай', 'Новы тэкст.') }, asTranslator);
    expect(bodyOnly.translationStatus?.be).toEqual({ stale: ['headline'] });
    // …while a new headline is a translation of today's source.
    const updated = await patch(bodyOnly, { be: be('Ураджай: рэкордны год', 'Новы тэкст.') }, asTranslator);
    expect(updated.translationStatus?.be).toEqual({ stale: [] });
    expect((await testApp.stores.articles.getById(article.id))?.translationStatus?.be).toEqual({ stale: [] });
  });

  it('flags a field the source gained, such as a lead the translation does not have yet', async () => {
    const article = await create({ en: en('Tariffs'), be: be('Тарыфы') });
    const withLead = await patch(article, { en: en('Tariffs', 'Text.', 'Cut from May.') });
    expect(withLead.translationStatus?.be).toEqual({ stale: ['lead'] });
  });

  it('lets a translator confirm stale fields as still right, without changing the text or the version', async () => {
    const article = await create({ en: en('Forum', 'Opens.'), be: be('Форум', 'Адкрыты.') });
    const edited = await patch(article, { en: en('Forum!', 'Opens today.') });
    expect(edited.translationStatus?.be).toEqual({ stale: ['body', 'headline'] });
    const confirmed = await confirm(edited, 'be', { fields: ['body'] });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect((confirmed.body as Article).translationStatus?.be).toEqual({ stale: ['headline'] });
    expect((confirmed.body as Article).version).toBe(edited.version);
    expect((confirmed.body as Article).translations.be?.headline).toBe('Форум');
    const all = await confirm(edited, 'be', { version: edited.version }, staff);
    expect((all.body as Article).translationStatus?.be).toEqual({ stale: [] });
    // No new revision: the status is a note on the content, not content.
    expect(((await staff().get(`/api/v1/articles/${article.id}/revisions`)).body as RevisionPage).items).toHaveLength(2);
  });

  it('refuses a confirmation outside the translator’s locales, of the source text, of a missing text, a field of another kind, or a stale version', async () => {
    const article = await create({ en: en('Metro'), be: be('Метро'), ru: { headline: 'Метро', body: richTextFromParagraphs(['Текст.']) } });
    expect((await confirm(article, 'ru')).status).toBe(403);
    const source = await confirm(article, 'en', {}, staff);
    expect(source.status).toBe(422);
    expect((source.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/params/locale']);
    expect((await confirm(article, 'pl', {}, staff)).status).toBe(422);
    const foreignField = await confirm(article, 'be', { fields: ['title'] });
    expect((foreignField.body as Problem).errors?.map((e) => e.pointer)).toEqual(['#/body/fields/0']);
    const edited = await patch(article, { en: en('Metro line 3') });
    const stale = await confirm(article, 'be');
    expect(stale.status).toBe(412);
    expect((stale.body as Problem).currentVersion).toBe(edited.version);
    const blind = await asTranslator().post(`/api/v1/articles/${article.id}/translations/be/confirm`).send({});
    expect(blind.status).toBe(428);
    expect((await testApp.stores.articles.getById(article.id))?.translationStatus?.be).toEqual({ stale: ['headline'] });
  });

  it('clears the flag when the source text is restored to what the translation was made from', async () => {
    const article = await create({ en: en('Bridge'), be: be('Мост') });
    const edited = await patch(article, { en: en('Bridge reopens') });
    expect(edited.translationStatus?.be).toEqual({ stale: ['headline'] });
    const history = ((await staff().get(`/api/v1/articles/${article.id}/revisions`)).body as RevisionPage).items;
    const restored = await staff().post(`/api/v1/articles/${article.id}/revisions/${history.at(-1)?.id}/restore`).set('If-Match', `"${edited.version}"`).send({});
    expect((restored.body as Article).translationStatus).toEqual({ en: { stale: [] }, be: { stale: [] } });
  });

  it('flags a translation saved before sources were kept once its source changes', async () => {
    const article = await create({ en: en('Grain'), be: be('Збожжа') });
    await testApp.database.db.deleteFrom('translation_sources').where('entity_id', '=', article.id).execute();
    expect((await testApp.stores.articles.getById(article.id))?.translationStatus?.be).toEqual({ stale: [] });
    const edited = await patch(article, { en: en('Grain exports') });
    expect(edited.translationStatus?.be).toEqual({ stale: ['headline'] });
  });

  it('takes the first locale in the portal’s order as the source when the item has no default-locale text', async () => {
    const article = await create({ be: be('Возера'), ru: { headline: 'Озеро', body: richTextFromParagraphs(['Текст.']) } });
    const edited = await patch(article, { ru: { headline: 'Озеро Нарочь', body: richTextFromParagraphs(['Текст.']) } });
    expect(edited.translationStatus).toEqual({ ru: { stale: [] }, be: { stale: ['headline'] } });
    // An English text, added later, becomes the source: the others count as translated from it as it is.
    const withEnglish = await patch(edited, { en: en('Lake Narach') });
    expect(withEnglish.translationStatus).toEqual({ be: { stale: [] }, ru: { stale: [] }, en: { stale: [] } });
    const englishEdited = await patch(withEnglish, { en: en('Lake Narach in May') });
    expect(englishEdited.translationStatus).toMatchObject({ be: { stale: ['headline'] }, ru: { stale: ['headline'] } });
  });

  it('works the same for events and places, with their own fields', async () => {
    const description = (words: string) => richTextFromParagraphs([words]);
    const created = await staff()
      .post('/api/v1/events')
      .send({
        category: 'concert',
        translations: { en: { title: 'Organ night', description: description('Bach.') }, be: { title: 'Арганная ноч', description: description('Бах.') } },
        schedule: [{ start: '2039-05-18T19:00', end: '2039-05-18T21:00' }],
      });
    const event = created.body as Event;
    const edited = (await staff().patch(`/api/v1/events/${event.id}`).set('If-Match', `"${event.version}"`).send({ translations: { en: { title: 'Organ night', description: description('Bach and Handel.') } } })).body as Event;
    expect(edited.translationStatus?.be).toEqual({ stale: ['description'] });
    const confirmed = await asTranslator().post(`/api/v1/events/${event.id}/translations/be/confirm`).set('If-Match', `"${edited.version}"`).send({ fields: ['description'] });
    expect((confirmed.body as Event).translationStatus?.be).toEqual({ stale: [] });

    const place = (await staff()
      .post('/api/v1/sites')
      .send({ kind: 'museum', region: 'minsk', coordinates: { lat: 53.9, lng: 27.56 }, translations: { en: { name: 'Art museum', description: description('Art.') }, be: { name: 'Мастацкі музей', description: description('Мастацтва.') } } })).body as Site;
    const moved = (await staff().patch(`/api/v1/sites/${place.id}`).set('If-Match', `"${place.version}"`).send({ kind: 'museum', translations: { en: { name: 'Art museum', description: description('Art.'), address: '20 Lenin Street' } } })).body as Site;
    expect(moved.translationStatus?.be).toEqual({ stale: ['address'] });
  });
});
