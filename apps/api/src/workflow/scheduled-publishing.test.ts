import type { RichText } from '@kraina/core';
import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pino } from 'pino';
import { contentSettingsOf, createApp } from '../app.js';
import { type ContentKind, contentTables } from '../content/content-kind.js';
import { createContentStores } from '../content/content-stores.js';
import { type Database, openDatabase } from '../db/database.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { type Repeat, createScheduledPublishing, startScheduledPublishing } from './scheduled-publishing.js';
import { createWorkflowMoves } from './workflow-moves.js';
import { contentKinds, createDraft, ensureSection, pathOf } from './workflow-test-content.js';

// The same PostgreSQL test-databases.ts opens; a second pool on one test's schema plays a second API process.
const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const at = (iso: string, deltaMs = 0) => new Date(Date.parse(iso) + deltaMs);

describeEachDatabase('scheduled publishing', (dialect) => {
  const testApp = useTestApp(dialect);
  const schedulerOf = (database: Database) => {
    const stores = createContentStores(database, contentSettingsOf(testApp.config));
    return createScheduledPublishing(database, createWorkflowMoves(database, stores));
  };

  beforeAll(() => ensureSection(testApp.stores));

  async function scheduleDraft(kind: ContentKind, title: string, publishAt: string, locales?: string[]) {
    const draft = await createDraft(testApp.stores, kind, title);
    const res = await request(testApp.staffApp).post(`/api/v1/${pathOf[kind]}/${draft.id}/workflow`).send({ action: 'schedule', publishAt, ...(locales ? { locales } : {}) });
    expect(res.status).toBe(200);
    return draft;
  }

  const publicationsOf = async (database: Database, id: string) => ({
    audit: (await database.db.selectFrom('audit_log').select(['action', 'actor_id']).where('target_id', '=', id).execute()).filter((e) => e.action === 'published'),
    revisions: (await database.db.selectFrom('revisions').select('snapshot_json').where('entity_id', '=', id).execute()).filter((r) => r.snapshot_json.includes('"status":"published"')),
  });

  it.each(contentKinds)('%s: is not published a millisecond before its time, and is published at it, dated then', async (kind) => {
    const publishAt = '2036-01-15T07:30:00.000Z';
    const item = await scheduleDraft(kind, `On time ${kind} ${dialect}`, publishAt, ['en']);
    const scheduler = schedulerOf(testApp.database);
    const early = await scheduler.publishDue(at(publishAt, -1));
    expect(early.published).not.toContainEqual({ kind, id: item.id });
    expect((await request(testApp.app).get(`/api/v1/${pathOf[kind]}/${item.slug}`)).status).toBe(404);

    const due = await scheduler.publishDue(at(publishAt));
    expect(due.published).toContainEqual({ kind, id: item.id });
    const read = await request(testApp.app).get(`/api/v1/${pathOf[kind]}/${item.slug}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: 'published', publishAt: null, firstPublishedAt: publishAt, translations: { en: { status: 'published' } } });
    expect(read.body).not.toHaveProperty('translations.ru');
    // By the system, not a person; and once only, however often the scheduler runs afterwards.
    await scheduler.publishDue(at(publishAt, 60_000));
    expect(await publicationsOf(testApp.database, item.id)).toMatchObject({ audit: [{ action: 'published', actor_id: null }], revisions: [{}] });
  });

  it('leaves an item that fails the publishing checks scheduled, and reports it', async () => {
    const publishAt = '2036-02-01T00:00:00.000Z';
    const item = await scheduleDraft('article', `Spoilt ${dialect}`, publishAt);
    // Edited after scheduling: a heading now skips a level.
    const skipping: RichText = { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Two' }] }, { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Four' }] }] };
    await testApp.stores.articles.update(item.id, { translations: { en: { headline: 'Spoilt', body: skipping } } });
    const report = await schedulerOf(testApp.database).publishDue(at(publishAt));
    expect(report.refused).toEqual([{ kind: 'article', id: item.id, issues: [{ pointer: '#/translations/en/body/content/1/attrs/level', detail: expect.any(String) as string }] }]);
    expect(await testApp.stores.articles.getById(item.id)).toMatchObject({ status: 'scheduled' });
  });

  it('runs a pass each time its repeat fires, never two at once, and not at all at interval 0', async () => {
    const publishAt = '2036-03-01T00:00:00.000Z';
    const item = await scheduleDraft('site', `Runner ${dialect}`, publishAt);
    let fire: () => void = () => undefined;
    let interval = 0;
    const repeat: Repeat = (run, ms) => {
      fire = run;
      interval = ms;
      return () => (fire = () => undefined);
    };
    const passes: Date[] = [];
    const scheduler = schedulerOf(testApp.database);
    const counting = { publishDue: (now: Date) => (passes.push(now), scheduler.publishDue(now)) };
    const logger = pino({ enabled: false });
    startScheduledPublishing(counting, { intervalSeconds: 0, logger, repeat, now: () => at(publishAt) });
    expect(interval).toBe(0);

    const running = startScheduledPublishing(counting, { intervalSeconds: 15, logger, repeat, now: () => at(publishAt) });
    expect(interval).toBe(15_000);
    fire();
    fire(); // still running: not doubled
    await running.stop();
    expect(passes).toHaveLength(1);
    expect(await testApp.stores.sites.getById(item.id)).toMatchObject({ status: 'published' });
  });

  // Two processes at once only race on PostgreSQL: SQLite is one file with one writer, used by one process.
  if (dialect === 'postgres') {
    let second: Database;
    beforeAll(() => {
      second = openDatabase(postgresUrl, { schema: testApp.database.schema ?? '', poolSize: 4 });
    });
    afterAll(() => second.close());

    it('publishes each due item exactly once while two API processes race to, many times over', async () => {
      const publishAt = '2036-04-01T06:00:00.000Z';
      const items: { kind: ContentKind; id: string; slug: string }[] = [];
      for (const kind of contentKinds) {
        for (const n of [1, 2]) {
          const { id, slug } = await scheduleDraft(kind, `Raced ${kind} ${n}`, publishAt);
          items.push({ kind, id, slug });
        }
      }
      const secondApp = createApp(testApp.config, { database: second });
      const [one, two] = [schedulerOf(testApp.database), schedulerOf(second)];
      const reports = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? one : two).publishDue(at(publishAt, i))));
      const published = reports.flatMap((report) => report.published);
      for (const { kind, id, slug } of items) {
        expect(published.filter((p) => p.id === id)).toEqual([{ kind, id }]);
        const row = await testApp.database.db.selectFrom(contentTables[kind].main).select(['status', 'version']).where('id', '=', id).executeTakeFirst();
        expect(row).toEqual({ status: 'published', version: 3 }); // created, scheduled, published: no second publication
        const { audit, revisions } = await publicationsOf(testApp.database, id);
        expect(audit).toHaveLength(1);
        expect(revisions).toHaveLength(1);
        for (const app of [testApp.app, secondApp]) expect((await request(app).get(`/api/v1/${pathOf[kind]}/${slug}`)).status).toBe(200);
      }
    });
  }
});
