import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { createScheduledPublishing } from './scheduled-publishing.js';
import { createWorkflowMoves } from './workflow-moves.js';
import { contentKinds, createDraft, ensureSection, pathOf } from './workflow-test-content.js';

// An embargo holds on every public read until the scheduled time, and lifts on all of them at once when the
// scheduler publishes, the API's response cache included: each read is made twice before, so it is cached.

const publishAt = '2036-05-20T09:00:00.000Z';
const word = 'Quokkafest';
const june = 'from=2036-06-01T00:00:00Z&to=2036-07-01T00:00:00Z';

describeEachDatabase('an embargo on scheduled items', (dialect) => {
  const testApp = useTestApp(dialect);
  const slugs: Record<string, string> = {};
  const get = (path: string) => request(testApp.app).get(`/api/v1${path}`);
  const publishDue = (now: Date) => {
    // Over the app's own database, as server.ts runs it, so the write empties the app's response cache.
    const { database, stores } = testApp;
    return createScheduledPublishing(database, createWorkflowMoves(database, stores)).publishDue(now);
  };

  // Every public read that could show an item: lists, search, downloads, the calendars' counts.
  const listings = ['/articles?section=workflow', `/events?${june}`, '/sites', `/events.ics?${june}`, `/events.csv?${june}`, '/sites.geojson', '/sites.csv', `/search?q=${word}`];

  beforeAll(async () => {
    await ensureSection(testApp.stores);
    for (const kind of contentKinds) {
      const draft = await createDraft(testApp.stores, kind, `${word} ${kind}`);
      slugs[kind] = draft.slug;
      const res = await request(testApp.staffApp).post(`/api/v1/${pathOf[kind]}/${draft.id}/workflow`).send({ action: 'schedule', publishAt });
      expect(res.status).toBe(200);
    }
  });

  async function expectHidden(): Promise<void> {
    for (const kind of contentKinds) expect((await get(`/${pathOf[kind]}/${slugs[kind]}`)).status, kind).toBe(404);
    expect((await get(`/events/${slugs.event}.ics`)).status).toBe(404);
    for (const path of listings) {
      for (const _read of [1, 2]) {
        const res = await get(path);
        expect(res.status, path).toBe(200);
        expect(res.text, path).not.toContain(word);
      }
    }
    expect((await get('/calendar/articles?year=2036&month=5')).body).toMatchObject({ days: {} });
    expect((await get('/calendar/events?year=2036&month=6')).body).toMatchObject({ days: {} });
  }

  it('hides every scheduled item from every public read until its time, and shows it on all of them from then', async () => {
    await expectHidden();
    expect((await publishDue(new Date(Date.parse(publishAt) - 1))).published).toEqual([]);
    await expectHidden();

    expect((await publishDue(new Date(publishAt))).published).toHaveLength(3);
    for (const kind of contentKinds) expect((await get(`/${pathOf[kind]}/${slugs[kind]}`)).status, kind).toBe(200);
    expect((await get(`/events/${slugs.event}.ics`)).text).toContain(word);
    for (const path of listings) expect((await get(path)).text, path).toContain(word);
    expect((await get('/calendar/articles?year=2036&month=5')).body).toMatchObject({ days: { '2036-05-20': 1 } });
    expect((await get('/calendar/events?year=2036&month=6')).body).toMatchObject({ days: { '2036-06-10': 1 } });
  });
});
