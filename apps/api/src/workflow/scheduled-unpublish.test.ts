import type { EditorialCalendar } from '@kraina/core';
import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contentSettingsOf } from '../app.js';
import { type ContentKind, contentTables } from '../content/content-kind.js';
import { createContentStores } from '../content/content-stores.js';
import { type Database, openDatabase } from '../db/database.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { createScheduledPublishing } from './scheduled-publishing.js';
import { createWorkflowMoves } from './workflow-moves.js';
import { contentKinds, createDraft, ensureSection, pathOf } from './workflow-test-content.js';

// A take-down time: an item published with `unpublishAt` comes down by itself at that time, back to draft in every
// locale, once however many schedulers run; staff see the time, readers never do.

const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const at = (iso: string, deltaMs = 0) => new Date(Date.parse(iso) + deltaMs);
const errorsOf = (res: { body: unknown }) => (res.body as { errors: unknown }).errors;

describeEachDatabase('scheduled unpublishing', (dialect) => {
  const testApp = useTestApp(dialect);
  const schedulerOf = (database: Database) => {
    const stores = createContentStores(database, contentSettingsOf(testApp.config));
    return createScheduledPublishing(database, createWorkflowMoves(database, stores));
  };
  const move = (kind: ContentKind, id: string, body: object) => request(testApp.staffApp).post(`/api/v1/${pathOf[kind]}/${id}/workflow`).send(body);
  const staffRead = (kind: ContentKind, id: string) => request(testApp.staffApp).get(`/api/v1/editorial/${pathOf[kind]}/${id}`);
  const publicRead = (kind: ContentKind, slug: string) => request(testApp.app).get(`/api/v1/${pathOf[kind]}/${slug}`);
  const takeDowns = async (id: string) =>
    (await testApp.database.db.selectFrom('audit_log').select(['action', 'actor_id']).where('target_id', '=', id).execute()).filter((e) => e.action === 'unpublished');

  beforeAll(() => ensureSection(testApp.stores));

  async function publishUntil(kind: ContentKind, title: string, unpublishAt: string) {
    const draft = await createDraft(testApp.stores, kind, title);
    const res = await move(kind, draft.id, { action: 'publish', unpublishAt });
    expect(res.status).toBe(200);
    return draft;
  }

  it.each(contentKinds)('%s: stays up until its take-down time, comes down at it in every locale, and only once', async (kind) => {
    const unpublishAt = '2036-07-01T21:00:00.000Z';
    const item = await publishUntil(kind, `Summer offer ${kind} ${dialect}`, unpublishAt);
    expect((await staffRead(kind, item.id)).body).toMatchObject({ status: 'published', unpublishAt });
    const shown = await publicRead(kind, item.slug);
    expect(shown.status).toBe(200);
    expect(shown.body).not.toHaveProperty('unpublishAt');

    const scheduler = schedulerOf(testApp.database);
    expect((await scheduler.publishDue(at(unpublishAt, -1))).unpublished).not.toContainEqual({ kind, id: item.id });
    expect((await publicRead(kind, item.slug)).status).toBe(200);

    expect((await scheduler.publishDue(at(unpublishAt))).unpublished).toContainEqual({ kind, id: item.id });
    expect((await publicRead(kind, item.slug)).status).toBe(404);
    expect((await staffRead(kind, item.id)).body).toMatchObject({ status: 'draft', unpublishAt: null, translations: { en: { status: 'draft' }, ru: { status: 'draft' } } });
    // By the system, not a person; and once, however often the scheduler runs afterwards.
    expect((await scheduler.publishDue(at(unpublishAt, 60_000))).unpublished).not.toContainEqual({ kind, id: item.id });
    expect(await takeDowns(item.id)).toEqual([{ action: 'unpublished', actor_id: null }]);
  });

  it('refuses a take-down time in the past, or a publication due after the take-down it keeps, and writes nothing', async () => {
    const item = await publishUntil('article', `Refusals ${dialect}`, '2036-08-01T00:00:00.000Z');
    const before = (await staffRead('article', item.id)).body as { version: number };

    const past = await move('article', item.id, { action: 'publish', unpublishAt: '2020-01-01T00:00:00Z' });
    expect(past.status).toBe(422);
    expect(past.type).toBe('application/problem+json');
    expect(errorsOf(past)).toEqual([{ pointer: '#/body/unpublishAt', detail: expect.any(String) as string }]);

    // Moved (as the calendar moves it) past the take-down it keeps, it would come down as it went up.
    const coming = await createDraft(testApp.stores, 'article', `Refused move ${dialect}`);
    expect((await move('article', coming.id, { action: 'schedule', publishAt: '2036-07-20T00:00:00Z', unpublishAt: '2036-08-01T00:00:00Z' })).status).toBe(200);
    const late = await move('article', coming.id, { action: 'schedule', publishAt: '2036-09-01T00:00:00Z' });
    expect(late.status).toBe(422);
    expect(errorsOf(late)).toEqual([{ pointer: '#/body/publishAt', detail: expect.stringContaining('2036-08-01') as string }]);
    expect((await staffRead('article', coming.id)).body).toMatchObject({ publishAt: '2036-07-20T00:00:00.000Z' });

    const wrongAction = await move('article', item.id, { action: 'archive', unpublishAt: '2036-09-01T00:00:00Z' });
    expect(wrongAction.status).toBe(422);
    expect(errorsOf(wrongAction)).toEqual([{ pointer: '#/body/unpublishAt', detail: expect.any(String) as string }]);

    expect((await staffRead('article', item.id)).body).toMatchObject({ version: before.version, unpublishAt: '2036-08-01T00:00:00.000Z' });
  });

  it('keeps a take-down when published again, cancels it on null, and forgets it once the item comes down', async () => {
    const item = await publishUntil('site', `Kept ${dialect}`, '2036-08-02T00:00:00.000Z');
    expect((await move('site', item.id, { action: 'publish', locales: ['en'] })).body).toMatchObject({ unpublishAt: '2036-08-02T00:00:00.000Z' });
    expect((await move('site', item.id, { action: 'publish', locales: ['en'], unpublishAt: null })).body).toMatchObject({ unpublishAt: null });
    expect((await schedulerOf(testApp.database).publishDue(at('2036-08-02T00:00:00.000Z'))).unpublished).not.toContainEqual({ kind: 'site', id: item.id });

    expect((await move('site', item.id, { action: 'publish', unpublishAt: '2036-08-03T00:00:00.000Z' })).status).toBe(200);
    expect((await move('site', item.id, { action: 'unpublish' })).body).toMatchObject({ status: 'draft', unpublishAt: null });
    // Published again later, it stays up: the take-down belonged to the publication that ended.
    expect((await move('site', item.id, { action: 'publish' })).body).toMatchObject({ status: 'published', unpublishAt: null });
  });

  it('publishes and takes down in one pass an item whose both times passed while no scheduler ran', async () => {
    const draft = await createDraft(testApp.stores, 'event', `Missed ${dialect}`);
    const scheduled = await move('event', draft.id, { action: 'schedule', publishAt: '2036-09-01T08:00:00Z', unpublishAt: '2036-09-02T08:00:00Z' });
    expect(scheduled.body).toMatchObject({ status: 'scheduled', publishAt: '2036-09-01T08:00:00.000Z', unpublishAt: '2036-09-02T08:00:00.000Z' });
    const report = await schedulerOf(testApp.database).publishDue(at('2036-09-03T00:00:00Z'));
    expect(report.published).toContainEqual({ kind: 'event', id: draft.id });
    expect(report.unpublished).toContainEqual({ kind: 'event', id: draft.id });
    expect((await staffRead('event', draft.id)).body).toMatchObject({ status: 'draft', firstPublishedAt: '2036-09-01T08:00:00.000Z', unpublishAt: null });
  });

  it('shows take-downs in the editorial calendar, movable while the item is live', async () => {
    const live = await publishUntil('article', `Calendar live ${dialect}`, '2036-10-05T10:00:00.000Z');
    const coming = await createDraft(testApp.stores, 'article', `Calendar coming ${dialect}`);
    expect((await move('article', coming.id, { action: 'schedule', publishAt: '2036-10-06T10:00:00Z', unpublishAt: '2036-10-07T10:00:00Z', locales: ['en'] })).status).toBe(200);
    const res = await request(testApp.staffApp).get('/api/v1/editorial/calendar?from=2036-10-01&to=2036-10-31');
    expect(res.status).toBe(200);
    const items = (res.body as EditorialCalendar).items.filter((item) => item.id === live.id || item.id === coming.id);
    expect(items.map(({ type, id, locales, movable, at: time }) => ({ type, id, locales, movable, at: time }))).toEqual([
      { type: 'unpublish', id: live.id, locales: ['en', 'ru'], movable: true, at: '2036-10-05T10:00:00.000Z' },
      { type: 'publish', id: coming.id, locales: ['en'], movable: true, at: '2036-10-06T10:00:00.000Z' },
      { type: 'unpublish', id: coming.id, locales: ['en'], movable: false, at: '2036-10-07T10:00:00.000Z' },
    ]);
  });

  // Two processes at once only race on PostgreSQL: SQLite is one file with one writer, used by one process.
  if (dialect === 'postgres') {
    let second: Database;
    beforeAll(() => {
      second = openDatabase(postgresUrl, { schema: testApp.database.schema ?? '', poolSize: 4 });
    });
    afterAll(() => second.close());

    it('takes each due item down exactly once while two API processes race to, many times over', async () => {
      const unpublishAt = '2036-11-01T06:00:00.000Z';
      const items = await Promise.all(contentKinds.map(async (kind) => ({ kind, id: (await publishUntil(kind, `Raced down ${kind}`, unpublishAt)).id })));
      const [one, two] = [schedulerOf(testApp.database), schedulerOf(second)];
      const reports = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? one : two).publishDue(at(unpublishAt, i))));
      const unpublished = reports.flatMap((report) => report.unpublished);
      for (const { kind, id } of items) {
        expect(unpublished.filter((u) => u.id === id)).toEqual([{ kind, id }]);
        const row = await testApp.database.db.selectFrom(contentTables[kind].main).select(['status', 'version']).where('id', '=', id).executeTakeFirst();
        expect(row).toEqual({ status: 'draft', version: 3 }); // created, published, taken down: once
        expect(await takeDowns(id)).toHaveLength(1);
      }
    });
  }
});
