import { AppError } from '@kraina/core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createContentStores } from '../content/content-stores.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { importRecords, importedSites } from './import-records.js';
import { readGeoJson } from './read-geojson.js';
import { readFileSync } from 'node:fs';
import { countRows, fixture, importSettings, redirectsOf, runImport } from './import-test-kit.js';

describeEachDatabase('kraina import geojson', (dialect) => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeEach(async () => ({ database, drop } = await createTestDatabase(dialect)));
  afterEach(() => drop());

  async function siteBySlug(slug: string) {
    const row = await database.db.selectFrom('sites').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    const site = await createContentStores(database, importSettings).sites.getById(row.id);
    if (!site) throw new Error(`no place ${slug}`);
    return site;
  }

  it('imports Point features as places, with kind fields, other locales, contacts and redirects', async () => {
    const result = await runImport(database, ['geojson', fixture('places.geojson')], { region: 'minsk' });
    expect(result).toMatchObject({ code: 0 });
    expect(result.log).toMatch(/2 created, 0 updated, 0 skipped/);
    const mir = await siteBySlug('mir-castle-complex');
    expect(mir).toMatchObject({
      kind: 'unesco-heritage', region: 'grodno', coordinates: { lat: 53.4513, lng: 26.4731 },
      inscriptionYear: 2000, criteria: ['ii', 'iv'], referenceNumber: '625', heritageCategory: 'cultural',
      contacts: { website: 'https://mirzamak.by/en/' },
      translations: { en: { name: 'Mir Castle Complex', address: '2 Krasnoarmeyskaya Street, Mir' }, be: { name: 'Мірскі замак' } },
    });
    expect(mir.translations.en?.description.content).toHaveLength(2);
    const suburb = await siteBySlug('trinity-suburb');
    expect(suburb).toMatchObject({ kind: 'tourist-site', region: 'minsk', coordinates: { lat: 53.9045, lng: 27.5615 }, contacts: { phones: ['+375 17 000-00-00'] } });
    expect(JSON.stringify(suburb.translations.en?.description)).not.toMatch(/script|alert|</);
    expect(await redirectsOf(database)).toEqual({ '/places/mir-castle_i_0000000625.html': '/en/places/unesco-heritage/mir-castle-complex' });

    const again = await runImport(database, ['geojson', fixture('places.geojson')], { region: 'minsk', publish: true });
    expect(again.log).toMatch(/0 created, 2 updated, 0 skipped/);
    expect(await countRows(database, 'sites')).toBe(2);
    expect((await siteBySlug('mir-castle-complex')).status).toBe('published');
  });

  it('skips features with bad coordinates, swapped pairs, other geometries, no id or no name, naming line and field', async () => {
    const result = await runImport(database, ['geojson', fixture('places-malformed.geojson')]);
    expect(result.code).toBe(1);
    expect(result.log).toMatch(/1 created, 0 updated, 5 skipped/);
    const lines = result.errors.split('\n');
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^line 7 \(feature 2\): skipped: geometry\/coordinates: \[27.56, 95.2\] is out of range: it looks like \[latitude, longitude\]/),
      expect.stringMatching(/^line 9 \(feature 3\): skipped: geometry\/coordinates: \[53.9045, 27.5615\] is outside the bbox: it looks like \[latitude, longitude\]/),
      expect.stringMatching(/^line 11 \(feature 4\): skipped: geometry\/type: Only Point features become places; this is a LineString/),
      expect.stringMatching(/^line 13 \(feature 5\): skipped: id: The feature has no id/),
      expect.stringMatching(/^line 15 \(feature 6\): skipped: .*translations\/en\/name/),
    ]));
    expect(await countRows(database, 'sites')).toBe(1);
    expect(await countRows(database, 'site_translations')).toBe(1);
    expect(await countRows(database, 'import_sources')).toBe(1);
  });

  it('refuses invalid JSON naming its line, and writes nothing', async () => {
    const result = await runImport(database, ['geojson', fixture('places-invalid.json')]);
    expect(result.code).toBe(1);
    expect(result.errors).toMatch(/Not valid JSON at line 5: .*nothing was imported/);
    expect(await countRows(database, 'sites')).toBe(0);
  });

  it('rolls a record back whole when any of its saves fails: no item, revision, source or redirect is left', async () => {
    const records = readGeoJson(readFileSync(fixture('places.geojson'), 'utf8'), { locale: 'en', locales: ['en', 'be'], kind: 'tourist-site', region: 'minsk' });
    const failingPublish = { ...importedSites, publish: () => Promise.reject(new AppError('invalid-input', 'Publishing is refused')) };
    const skipped: string[] = [];
    const summary = await importRecords(database, importSettings, failingPublish, records, { locale: 'en', publish: true, onSkip: (l) => skipped.push(l), onProgress: () => undefined });
    expect(summary).toEqual({ created: 0, updated: 0, skipped: 2 });
    expect(skipped[0]).toMatch(/^line 5 \(feature 1\): skipped: \(record\): Publishing is refused/);
    for (const table of ['sites', 'site_translations', 'revisions', 'import_sources', 'redirects', 'audit_log'] as const) {
      expect(await countRows(database, table)).toBe(0);
    }
  });

  it('tells how far a long import has gone', async () => {
    const records = readGeoJson(readFileSync(fixture('places.geojson'), 'utf8'), { locale: 'en', locales: ['en'], kind: 'tourist-site', region: 'minsk' });
    const progress: string[] = [];
    const many = [...records, ...records, ...records]; // the same two places three times: created, then updated
    const summary = await importRecords(database, importSettings, importedSites, many, { locale: 'en', publish: false, onSkip: () => undefined, onProgress: (l) => progress.push(l), progressEvery: 2 });
    expect(summary).toEqual({ created: 2, updated: 4, skipped: 0 });
    expect(progress).toEqual(['2 of 6 records…', '4 of 6 records…']);
  });
});
