import { type CreateSiteInput, SiteListQuerySchema, defaultLocaleSettings, distanceInMetres, richTextFromParagraphs } from '@kraina/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { type SiteStore, createSiteStore } from './site-store.js';

const settings: ContentSettings = { locales: defaultLocaleSettings, timeZone: 'Europe/Minsk' };
const catalogue = (query: Record<string, unknown>) => SiteListQuerySchema.parse(query);
const text = (name: string) => ({ name, description: richTextFromParagraphs([`${name}.`]) });
const place = (name: string, lat: number, lng: number, region = 'minsk-region'): CreateSiteInput => ({
  kind: 'tourist-site',
  region,
  coordinates: { lat, lng },
  translations: { en: text(name) },
});
const minsk = { lat: 53.9023, lng: 27.5619 };
const unesco = {
  kind: 'unesco-heritage' as const,
  inscriptionYear: 2000,
  criteria: ['ii' as const, 'iv' as const],
  referenceNumber: '625',
  heritageCategory: 'cultural' as const,
};

describeEachDatabase('the place store', (dialect) => {
  let database: Database;
  let drop: () => Promise<void>;
  let sites: SiteStore;

  async function publish(input: CreateSiteInput) {
    const created = await sites.create(input);
    const locales = Object.fromEntries(Object.keys(created.translations).map((l) => [l, 'published' as const]));
    return sites.changeWorkflow(created.id, { status: 'published', locales });
  }

  async function walk(query: Record<string, unknown>, limit: number): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await sites.list(catalogue({ ...query, limit, ...(cursor ? { cursor } : {}) }), 'en');
      seen.push(...page.items.map((s) => s.slug));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return seen;
  }

  beforeAll(async () => {
    ({ database, drop } = await createTestDatabase(dialect));
    sites = createSiteStore(database, settings);
    await publish({ ...place('Mir Castle', 53.4513, 26.4729, 'grodno-region'), ...unesco });
    await publish({ ...place('Nesvizh Palace', 53.2227, 26.6916), ...unesco, referenceNumber: '1217' });
    await publish({ ...place('Khatyn', 54.3366, 27.9439), kind: 'war-memorial', commemorates: { en: 'The village burnt in 1943' }, yearOpened: 1969 });
    await publish({ ...place('Brest Fortress', 52.0833, 23.6556, 'brest-region'), kind: 'war-memorial', commemorates: { en: 'The defence of 1941' }, yearOpened: 1971 });
    await publish(place('Anadyr Lookout', 64.73, 177.5, 'chukotka'));
    await publish(place('Nome Beach', 64.5, -165.4, 'alaska'));
  });
  afterAll(() => drop());

  it('keeps drafts, scheduled and archived places out of the catalogue and slugs', async () => {
    const draft = await sites.create(place('Secret Manor', 53.5, 27.0));
    const scheduled = await sites.create(place('Future Park', 53.5, 27.1));
    await sites.changeWorkflow(scheduled.id, { status: 'scheduled', publishAt: '2099-01-01T00:00:00Z', locales: { en: 'scheduled' } });
    const archived = await publish(place('Closed Museum', 53.5, 27.2));
    await sites.changeWorkflow(archived.id, { status: 'archived' });
    const listed = await walk({}, 100);
    for (const hidden of [draft, scheduled, archived]) {
      expect(await sites.findPublishedBySlug(hidden.slug, 'en')).toBeUndefined();
      expect(listed).not.toContain(hidden.slug);
    }
  });

  it('serves a place by its slug in any locale, falling back along the chain', async () => {
    const created = await sites.create({
      ...place('Victory Square', 53.9085, 27.5753),
      translations: { en: text('Victory Square'), ru: { ...text('Площадь Победы'), slug: 'ploshchad-pobedy' } },
    });
    await sites.changeWorkflow(created.id, { status: 'published', locales: { en: 'published', ru: 'published' } });
    expect((await sites.findPublishedBySlug('victory-square', 'be'))?.servedLocale).toBe('ru');
    expect((await sites.findPublishedBySlug('ploshchad-pobedy', 'en'))?.servedLocale).toBe('en');
  });

  it('lists each place once, in the reader’s locale, without a draft translation’s text', async () => {
    const created = await sites.create({
      ...place('Lida Castle', 53.8875, 25.3026, 'grodno-region'),
      translations: { en: text('Lida Castle'), be: { ...text('Лідскі замак (чарнавік)'), slug: 'lidski-zamak' }, ru: { ...text('Лидский замок'), slug: 'lidskiy-zamok' } },
    });
    await sites.changeWorkflow(created.id, { status: 'published', locales: { en: 'published', ru: 'published' } });
    const item = (await sites.list(catalogue({ region: 'grodno-region', limit: 100 }), 'be')).items.find((s) => s.id === created.id);
    expect(item).toMatchObject({ servedLocale: 'ru', name: 'Лидский замок', localizedSlug: 'lidskiy-zamok', locales: ['en', 'ru'], kind: 'tourist-site' });
    expect(item).toMatchObject({ coordinates: { lat: 53.8875, lng: 25.3026 } });
    expect(JSON.stringify(item)).not.toContain('чарнавік');
    expect(item).not.toHaveProperty('translations');
  });

  it('keeps each kind’s own fields, and wants them all when the kind changes', async () => {
    const mir = await sites.findPublishedBySlug('mir-castle', 'en');
    expect(mir).toMatchObject({ kind: 'unesco-heritage', inscriptionYear: 2000, criteria: ['ii', 'iv'], transboundary: false });
    const created = await sites.create(place('Old Mill', 53.1, 27.1));
    await expect(sites.update(created.id, { kind: 'nature-reserve' }, created.version)).rejects.toMatchObject({
      code: 'invalid-input',
      issues: expect.arrayContaining([expect.objectContaining({ pointer: '#/body/areaHectares' })]) as unknown,
    });
    const changed = await sites.update(created.id, { kind: 'nature-reserve', areaHectares: 12, protection: 'natural-monument' }, created.version);
    expect(changed).toMatchObject({ kind: 'nature-reserve', areaHectares: 12 });
    expect(changed).not.toHaveProperty('attraction');
  });

  it('filters by kind and region', async () => {
    expect(await walk({ kind: 'unesco-heritage' }, 10)).toEqual(['mir-castle', 'nesvizh-palace']);
    expect(await walk({ kind: 'war-memorial', region: 'brest-region' }, 10)).toEqual(['brest-fortress']);
  });

  it('finds places inside a box, also one crossing the antimeridian', async () => {
    expect(await walk({ bbox: '51.2,23.1,56.2,32.8', kind: 'war-memorial' }, 10)).toEqual(['brest-fortress', 'khatyn']);
    expect(await walk({ bbox: '60,170,70,-160' }, 10)).toEqual(['anadyr-lookout', 'nome-beach']);
  });

  it('lists places nearest first with their distances, within a radius', async () => {
    const page = await sites.list(catalogue({ near: `${minsk.lat},${minsk.lng}`, radius: 400_000, kind: 'war-memorial' }), 'en');
    expect(page.items.map((s) => s.slug)).toEqual(['khatyn', 'brest-fortress']);
    for (const item of page.items) expect(item.distanceMetres).toBeCloseTo(distanceInMetres(minsk, item.coordinates), 0);
    expect(page.items[0]?.distanceMetres).toBeGreaterThan(50_000);
    const near = await sites.list(catalogue({ near: `${minsk.lat},${minsk.lng}`, radius: 100_000, kind: 'war-memorial' }), 'en');
    expect(near.items.map((s) => s.slug)).toEqual(['khatyn']);
  });

  it('measures across the antimeridian the short way round', async () => {
    const page = await sites.list(catalogue({ near: '64.6,179.9', limit: 2 }), 'en');
    expect(page.items.map((s) => s.slug)).toEqual(['anadyr-lookout', 'nome-beach']);
    expect(page.items[1]?.distanceMetres).toBeLessThan(1_000_000);
  });

  it('walks a nearest-first list in pages exactly as in one, with distances never decreasing', async () => {
    const whole = await sites.list(catalogue({ near: `${minsk.lat},${minsk.lng}`, limit: 100 }), 'en');
    expect(await walk({ near: `${minsk.lat},${minsk.lng}` }, 2)).toEqual(whole.items.map((s) => s.slug));
    const distances = whole.items.map((s) => s.distanceMetres ?? -1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('walks the plain list by slug while places are added, with no duplicates', async () => {
    const before = await walk({}, 100);
    const seen: string[] = [];
    let cursor: string | undefined;
    let added = 0;
    do {
      const page = await sites.list(catalogue({ limit: 3, ...(cursor ? { cursor } : {}) }), 'en');
      seen.push(...page.items.map((s) => s.slug));
      await publish(place(`Added viewpoint ${(added += 1)}`, 53, 27));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const slug of before) expect(seen).toContain(slug);
  });

  it('refuses a stale update and forgets a deleted place', async () => {
    const created = await publish(place('Temporary Fair Ground', 53.2, 27.2));
    await expect(sites.update(created.id, { kind: 'tourist-site', region: 'gomel-region' }, created.version - 1)).rejects.toMatchObject({
      code: 'version-conflict',
    });
    await sites.delete(created.id, created.version);
    expect(await sites.getById(created.id)).toBeUndefined();
  });

  it('rejects a nearest-first cursor this API did not make', async () => {
    const forged = Buffer.from(JSON.stringify(['closest', 'x'])).toString('base64url');
    await expect(sites.list(catalogue({ near: '53,27', cursor: forged }), 'en')).rejects.toMatchObject({ issues: [{ pointer: '#/query/cursor' }] });
  });
});

describe('places for export', () => {
  it('lists every published place, beyond one page', async () => {
    const { database, drop } = await createTestDatabase('sqlite');
    const sites = createSiteStore(database, settings);
    for (let i = 0; i < 105; i += 1) {
      const created = await sites.create(place(`Chapel ${i}`, 53 + i / 1000, 27));
      await sites.changeWorkflow(created.id, { status: 'published', locales: { en: 'published' } });
    }
    expect(await sites.listForExport({}, 'en')).toHaveLength(105);
    await drop();
  });
});
