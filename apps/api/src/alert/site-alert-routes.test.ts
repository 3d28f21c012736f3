import type { Problem, SiteAlert, SiteAlertList } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { type SignedIn, asSignedIn, signInAs } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';

let clock = new Date('2036-07-02T12:00:00Z');

describeEachDatabase('site alerts', (dialect) => {
  // Sessions last as long as the test moves the clock, so only the banners' schedule decides what shows.
  const testApp = useTestApp(dialect, { SESSION_MAX_HOURS: '10000', SESSION_IDLE_MINUTES: '1000000' }, { now: () => clock });
  let admin: SignedIn;
  const asAdmin = () => request(asSignedIn(testApp.app, admin));
  // A cookie walks past the API's cache of public reads, which, like any HTTP cache, may show a banner's start up
  // to its lifetime late (decision 004); here the test clock jumps hours between reads made a millisecond apart.
  const showing = async () => ((await request(testApp.app).get('/api/v1/alerts').set('Cookie', 'reader=1')).body as SiteAlertList).items.map((a) => a.message.en);

  beforeAll(async () => {
    admin = await signInAs(testApp.app, testApp.database, 'admin', 'alerts-admin@kraina.test');
  });

  it('shows a scheduled banner from its start until its end, the most urgent first', async () => {
    const holiday = await asAdmin()
      .post('/api/v1/alerts')
      .send({ level: 'holiday', message: { en: 'Independence Day: offices closed', be: 'Дзень Незалежнасці' }, startsAt: '2036-07-03T00:00:00+03:00', endsAt: '2036-07-04T00:00:00+03:00' });
    expect(holiday.status, JSON.stringify(holiday.body)).toBe(201);
    expect((holiday.body as SiteAlert).startsAt).toBe('2036-07-02T21:00:00.000Z');
    const storm = await asAdmin().post('/api/v1/alerts').send({ level: 'emergency', message: { en: 'Storm warning' }, link: '/en/news/weather/storm', startsAt: '2036-07-02T00:00:00Z' });
    expect(storm.status).toBe(201);

    clock = new Date('2036-07-02T12:00:00Z');
    expect(await showing()).toEqual(['Storm warning']);
    clock = new Date('2036-07-02T21:00:00Z');
    expect(await showing()).toEqual(['Storm warning', 'Independence Day: offices closed']);
    clock = new Date('2036-07-03T21:00:00Z');
    expect(await showing()).toEqual(['Storm warning']);

    const all = await asAdmin().get('/api/v1/alerts/all');
    expect((all.body as SiteAlertList).items).toHaveLength(2);
  });

  it('refuses a banner that ends before it starts, or has no text, naming the field, and writes nothing', async () => {
    const before = ((await asAdmin().get('/api/v1/alerts/all')).body as SiteAlertList).items.length;
    const backwards = await asAdmin().post('/api/v1/alerts').send({ level: 'info', message: { en: 'x' }, startsAt: '2036-08-02T00:00:00Z', endsAt: '2036-08-01T00:00:00Z' });
    expect(backwards.status).toBe(422);
    expect((backwards.body as Problem).errors?.map((e) => e.pointer)).toContain('#/body/endsAt');
    const silent = await asAdmin().post('/api/v1/alerts').send({ level: 'info', message: {}, startsAt: '2036-08-02T00:00:00Z' });
    expect(silent.status).toBe(422);
    expect((silent.body as Problem).errors?.map((e) => e.pointer)).toContain('#/body/message');
    const elsewhere = await asAdmin().post('/api/v1/alerts').send({ level: 'info', message: { en: 'x' }, link: 'javascript:alert(1)', startsAt: '2036-08-02T00:00:00Z' });
    expect(elsewhere.status).toBe(422);
    expect(((await asAdmin().get('/api/v1/alerts/all')).body as SiteAlertList).items).toHaveLength(before);
  });

  it('changes a banner at its version, refusing a stale change and a new start after its end, and removes it', async () => {
    const created = (await asAdmin().post('/api/v1/alerts').send({ level: 'warning', message: { en: 'Road works' }, startsAt: '2036-09-01T00:00:00Z', endsAt: '2036-09-10T00:00:00Z' })).body as SiteAlert;
    const changed = await asAdmin().patch(`/api/v1/alerts/${created.id}`).set('If-Match', `"${created.version}"`).send({ message: { en: 'Road works on the M1' } });
    expect(changed.status).toBe(200);
    expect((changed.body as SiteAlert).version).toBe(created.version + 1);
    expect((await asAdmin().patch(`/api/v1/alerts/${created.id}`).set('If-Match', `"${created.version}"`).send({ level: 'info' })).status).toBe(412);
    const inverted = await asAdmin().patch(`/api/v1/alerts/${created.id}`).send({ startsAt: '2036-09-20T00:00:00Z', version: created.version + 1 });
    expect(inverted.status).toBe(422);
    expect((inverted.body as Problem).errors?.[0]?.pointer).toBe('#/body/endsAt');
    expect((await asAdmin().delete(`/api/v1/alerts/${created.id}`)).status).toBe(204);
    expect((await asAdmin().delete(`/api/v1/alerts/${created.id}`)).status).toBe(404);
  });

  it('lets only those who manage the site schedule banners', async () => {
    const res = await request(testApp.staffApp).post('/api/v1/alerts').send({ level: 'info', message: { en: 'Editor' }, startsAt: '2036-08-02T00:00:00Z' });
    expect(res.status).toBe(403);
  });
});
