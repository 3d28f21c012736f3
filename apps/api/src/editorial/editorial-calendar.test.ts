import { type EditorialCalendar, type EditorialCalendarItem, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { createSiteAlertStore } from '../alert/site-alert-store.js';
import { type SignedIn, asSignedIn, signInAs } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { createDraft, ensureSection, eventInput } from '../workflow/workflow-test-content.js';

// The portal's zone is Berlin here, whose clocks go forward on 30 March 2036: that day is 23 hours long, from
// 2036-03-29T23:00Z to 2036-03-30T22:00Z, so an item is on the right day only if days are cut in the zone.

describeEachDatabase('the editorial calendar', (dialect) => {
  const testApp = useTestApp(dialect, { KRAINA_TIME_ZONE: 'Europe/Berlin' });
  let author: SignedIn;
  let translator: SignedIn;
  const ids: Record<string, string> = {};

  const schedule = (path: string, id: string, publishAt: string, version?: number) =>
    request(testApp.staffApp)
      .post(`/api/v1/${path}/${id}/workflow`)
      .set(version === undefined ? {} : { 'If-Match': `"${version}"` })
      .send({ action: 'schedule', publishAt });

  beforeAll(async () => {
    author = await signInAs(testApp.app, testApp.database, 'author');
    translator = await signInAs(testApp.app, testApp.database, 'translator'); // assigned Belarusian
    await ensureSection(testApp.stores);
    const early = await createDraft(testApp.stores, 'article', 'Just after midnight');
    const late = await createDraft(testApp.stores, 'article', 'Just before the next midnight');
    const place = await testApp.stores.sites.create({
      kind: 'tourist-site',
      region: 'minsk-region',
      coordinates: { lat: 53.9, lng: 27.56 },
      translations: { be: { name: 'Нясвіжскі замак', description: richTextFromParagraphs(['Замак.']) } },
    });
    expect((await schedule('articles', early.id, '2036-03-29T23:30:00Z')).status).toBe(200); // 00:30 on the 30th in Berlin
    expect((await schedule('articles', late.id, '2036-03-30T21:30:00Z')).status).toBe(200); // 23:30 on the 30th (CEST)
    expect((await schedule('sites', place.id, '2036-03-31T08:00:00Z')).status).toBe(200);
    const concert = await testApp.stores.events.create(eventInput('Organ night')); // 10 June 2036, 19:00 in Minsk
    await testApp.stores.events.changeWorkflow(concert.id, { status: 'published', locales: { en: 'published' } });
    const alert = await createSiteAlertStore(testApp.database).create({
      level: 'holiday',
      message: { en: 'Offices closed for the holiday', be: 'Установы зачыненыя на свята' },
      startsAt: '2036-03-30T06:00:00Z',
      endsAt: '2036-04-02T06:00:00Z',
    });
    Object.assign(ids, { early: early.id, late: late.id, place: place.id, concert: concert.id, alert: alert.id });
  });

  const calendar = async (who: SignedIn | undefined, query: string): Promise<EditorialCalendar> => {
    const res = await request(who === undefined ? testApp.staffApp : asSignedIn(testApp.app, who)).get(`/api/v1/editorial/calendar?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as EditorialCalendar;
  };
  const brief = (item: EditorialCalendarItem) => [item.type, item.id, item.day];

  it('puts each item on its day in the portal’s zone, the day clocks go forward included', async () => {
    const page = await calendar(undefined, 'from=2036-03-30&to=2036-03-30');
    expect(page.timeZone).toBe('Europe/Berlin');
    expect(page.items.map(brief)).toEqual([
      ['publish', ids.early, '2036-03-30'],
      ['alert-start', ids.alert, '2036-03-30'],
      ['publish', ids.late, '2036-03-30'],
    ]);
    const later = await calendar(undefined, 'from=2036-03-31&to=2036-04-05');
    expect(later.items.map(brief)).toEqual([
      ['publish', ids.place, '2036-03-31'],
      ['alert-end', ids.alert, '2036-04-02'],
    ]);
  });

  it('describes a scheduled publication with its title in the asked locale, its locales, state and version', async () => {
    const page = await calendar(undefined, 'from=2036-03-30&to=2036-03-31&locale=ru');
    const early = page.items.find((item) => item.id === ids.early);
    expect(early).toMatchObject({ content: 'article', title: 'Just after midnight (ru)', titleLocale: 'ru', locales: ['en', 'ru'], status: 'scheduled', version: 2, at: '2036-03-29T23:30:00.000Z', movable: true });
    // A place with no Russian text falls back to the text it has.
    expect(page.items.find((item) => item.id === ids.place)).toMatchObject({ content: 'site', title: 'Нясвіжскі замак', titleLocale: 'be' });
    expect(page.items.find((item) => item.type === 'alert-start')).toMatchObject({ content: 'alert', title: 'Offices closed for the holiday', status: null, movable: false });
  });

  it('shows each occurrence of a published event on the day it starts', async () => {
    const june = await calendar(undefined, 'from=2036-06-01&to=2036-06-30');
    expect(june.items.map(brief)).toEqual([['event', ids.concert, '2036-06-10']]);
    expect(june.items[0]).toMatchObject({ content: 'event', title: 'Organ night', locales: ['en'], status: 'published', at: '2036-06-10T16:00:00.000Z', movable: false });
  });

  it('moves a publication rescheduled at its version, and refuses one based on an older version', async () => {
    const before = (await calendar(undefined, 'from=2036-03-30&to=2036-03-30')).items.find((item) => item.id === ids.late);
    expect(before).toBeDefined();
    const moved = await schedule('articles', ids.late as string, '2036-04-01T10:00:00Z', before?.version);
    expect(moved.status).toBe(200);
    expect((await schedule('articles', ids.late as string, '2036-04-03T10:00:00Z', before?.version)).status).toBe(412);
    const page = await calendar(undefined, 'from=2036-03-30&to=2036-04-01');
    expect(page.items.filter((item) => item.id === ids.late).map(brief)).toEqual([['publish', ids.late, '2036-04-01']]);
  });

  it('lets an author see but not move publications, and shows a translator only items in their locales', async () => {
    const seenByAuthor = await calendar(author, 'from=2036-03-30&to=2036-03-31');
    expect(seenByAuthor.items.filter((item) => item.type === 'publish').every((item) => !item.movable)).toBe(true);
    const seenByTranslator = await calendar(translator, 'from=2036-03-30&to=2036-04-05');
    expect(seenByTranslator.items.map((item) => item.id).sort()).toEqual([ids.alert, ids.alert, ids.place].sort());
  });

  it('refuses a range that ends before it starts, runs past six weeks or names no real day, naming the field', async () => {
    for (const [query, pointer] of [
      ['from=2036-03-30&to=2036-03-29', '#/query/to'],
      ['from=2036-03-01&to=2036-04-12', '#/query/to'],
      ['from=2036-02-30&to=2036-03-01', '#/query/from'],
      ['from=2036-03-01', '#/query/to'],
    ] as const) {
      const res = await request(testApp.staffApp).get(`/api/v1/editorial/calendar?${query}`);
      expect(res.status, query).toBe(422);
      expect(res.type).toBe('application/problem+json');
      expect(JSON.stringify(res.body), query).toContain(pointer);
    }
    expect((await request(testApp.staffApp).get('/api/v1/editorial/calendar?from=2036-03-01&to=2036-04-11')).status).toBe(200);
  });

  it('is closed to anonymous callers', async () => {
    expect((await request(testApp.app).get('/api/v1/editorial/calendar?from=2036-03-30&to=2036-03-30')).status).toBe(401);
  });
});
