import type { ImportRun, ImportRunPage } from '@kraina/core';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { asSignedIn, signInAs } from '../auth/test-staff.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { redactSource } from './import-runs.js';
import { fixture, runImport } from './import-test-kit.js';

describe('redactSource', () => {
  it('takes a password, user name, query and fragment out of a URL, and keeps a file path as given', () => {
    expect(redactSource('https://reader:s3cret@news.example.by/feed.xml?apikey=abc#top')).toBe('https://news.example.by/feed.xml');
    expect(redactSource('/srv/imports/places.geojson')).toBe('/srv/imports/places.geojson');
  });
});

describeEachDatabase('the record of import runs', (dialect) => {
  const testApp = useTestApp(dialect);
  const runs: Record<string, ImportRun> = {};

  const list = async (query: string): Promise<ImportRunPage> => {
    const res = await request(testApp.staffApp).get(`/api/v1/editorial/imports${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as ImportRunPage;
  };

  beforeAll(async () => {
    const { database } = testApp;
    await testApp.stores.sections.create({ slug: 'news', name: { en: 'News' } });
    expect((await runImport(database, ['geojson', fixture('places.geojson')], { region: 'minsk' })).code).toBe(0);
    expect((await runImport(database, ['geojson', fixture('places-malformed.geojson')])).code).toBe(1);
    expect((await runImport(database, ['geojson', fixture('places-invalid.json')])).code).toBe(1);
    // Nothing listens on port 9: the fetch fails at once, and the run with it.
    expect((await runImport(database, ['rss', 'http://editor:s3cret@127.0.0.1:9/feed.xml?token=abc'], { section: 'news' })).code).toBe(1);
    for (const run of (await list('?limit=100')).items) runs[run.source.split('/').at(-1) ?? ''] = run;
  });

  it('records a run that imported every record as ok, with its counts', () => {
    expect(runs['places.geojson']).toMatchObject({ sourceType: 'geojson', status: 'ok', created: 2, updated: 0, skipped: 0, failed: 0, errors: [] });
    expect(runs['places.geojson']?.finishedAt).not.toBeNull();
  });

  it('records a run with broken records as partial, with an error line naming each record it left out', () => {
    const run = runs['places-malformed.geojson'];
    expect(run).toMatchObject({ status: 'partial', created: 1 });
    expect(run?.skipped).toBeGreaterThan(0);
    expect(run?.errors).toHaveLength(run?.skipped ?? -1);
    expect(run?.errors[0]).toMatchObject({ item: expect.stringMatching(/feature 2/) as unknown, detail: expect.stringMatching(/\S/) as unknown });
  });

  it('records a source that cannot be read as failed, and a URL without its credentials or query', () => {
    expect(runs['places-invalid.json']).toMatchObject({ status: 'failed', created: 0, errors: [{ item: 'source', detail: expect.stringMatching(/Not valid JSON/) as unknown }] });
    expect(runs['feed.xml']).toMatchObject({ sourceType: 'feed', status: 'failed', source: 'http://127.0.0.1:9/feed.xml' });
    expect(JSON.stringify(runs)).not.toMatch(/s3cret|token=abc/);
  });

  it('lists runs newest first, by outcome, a page at a time', async () => {
    expect((await list('?status=failed')).items.map((run) => run.source.split('/').at(-1))).toEqual(['feed.xml', 'places-invalid.json']);
    const first = await list('?limit=3');
    const second = await list(`?limit=3&cursor=${first.nextCursor ?? ''}`);
    expect([...first.items, ...second.items].map((run) => run.id)).toEqual(Object.values(runs).sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id)).map((run) => run.id));
    expect(second.nextCursor).toBeNull();
  });

  it('is open to staff who read drafts, closed to strangers, and refuses an unknown outcome naming the field', async () => {
    const translator = await signInAs(testApp.app, testApp.database, 'translator');
    expect((await request(asSignedIn(testApp.app, translator)).get('/api/v1/editorial/imports')).status).toBe(200);
    expect((await request(testApp.app).get('/api/v1/editorial/imports')).status).toBe(401);
    const bad = await request(testApp.staffApp).get('/api/v1/editorial/imports?status=broken');
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('#/query/status');
  });
});
