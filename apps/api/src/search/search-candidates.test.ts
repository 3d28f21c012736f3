import { randomUUID } from 'node:crypto';
import { SearchQuerySchema, defaultLocaleSettings, richTextFromParagraphs } from '@kraina/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ContentSettings } from '../content/content-settings.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { createSiteStore } from '../site/site-store.js';
import { indexManyForSearch } from './search-index.js';
import { candidateLimit, createSearchQueries } from './search-queries.js';

// A common word is ranked over its newest `candidateLimit` matches only. These tests pin down what that bound must
// not break: filters by locale and type apply before it (a rare type is not crowded out by a flood of newer news),
// and the index's own locale and type tokens are never matched by a reader's words.

const settings: ContentSettings = { locales: defaultLocaleSettings, timeZone: 'Europe/Minsk' };

describeEachDatabase('search over a common word', (dialect) => {
  let database: Database;
  let drop: () => Promise<void>;
  let queries: ReturnType<typeof createSearchQueries>;
  let castle = '';

  const find = async (query: Record<string, unknown>, locale = 'en') => (await queries.search(SearchQuerySchema.parse(query), locale)).items;

  // Search documents only: the flood needs no article rows, and hits without one are never shown.
  async function flood(locale: string, count: number): Promise<void> {
    const entries = Array.from({ length: count }, (_, i) => ({
      entityId: randomUUID(),
      documents: [{ locale, title: `Minsk news ${i}`, body: 'Minsk traffic, weather and roads.', publishedAt: '2026-05-12T06:00:00.000Z' }],
    }));
    await database.db.transaction().execute((trx) => indexManyForSearch(trx, database.dialect, 'article', entries));
  }

  beforeAll(async () => {
    ({ database, drop } = await createTestDatabase(dialect));
    queries = createSearchQueries(database, settings);
    const sites = createSiteStore(database, settings);
    const mir = await sites.create({
      kind: 'tourist-site',
      region: 'grodno-region',
      coordinates: { lat: 53.4513, lng: 26.4729 },
      translations: { en: { name: 'Mir Castle', description: richTextFromParagraphs(['A castle two hours from Minsk by car.']) } },
    });
    await sites.changeWorkflow(mir.id, { status: 'published', locales: { en: 'published' } });
    castle = mir.id;
    await flood('en', candidateLimit + 50);
    await flood('ru', candidateLimit + 50);
  });
  afterAll(() => drop());

  it('finds an older place among a flood of newer news when the reader asks for places', async () => {
    expect((await find({ q: 'minsk', type: 'site' })).map((hit) => hit.id)).toEqual([castle]);
  });

  it('ranks only the newest matches of a word found everywhere', async () => {
    expect((await find({ q: 'minsk', limit: 100 })).map((hit) => hit.id)).not.toContain(castle);
  });

  it('applies the locale before the bound: a Russian flood leaves the English results alone', async () => {
    await flood('ru', 10);
    expect(await find({ q: 'minsk', type: 'site' })).toHaveLength(1);
  });

  it('never matches the index’s own locale and type tokens', async () => {
    for (const q of ['len', 'lru', 'tsite', 'tarticle']) expect(await find({ q, type: 'site' }), q).toEqual([]);
  });
});
