import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticlePage, EventOccurrencePage, SearchPage, SitePage } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { createMediaStore } from '../media/media-store.js';
import { useTestApp } from '../test-app.js';
import { isEmpty, loadDemo } from './load-demo.js';

// The demo is what a new user first sees: it must load through the stores and be served by every public route.
describeEachDatabase('the demo portal', (dialect) => {
  const testApp = useTestApp(dialect);
  const mediaDir = mkdtempSync(join(tmpdir(), 'kraina-media-'));
  const now = new Date('2026-05-20T09:00:00Z');

  beforeAll(async () => {
    expect(await isEmpty(testApp.database)).toBe(true);
    await loadDemo(testApp.stores, createMediaStore(testApp.database, mediaDir), now);
  }, 180_000);

  it('is no longer empty, and kept an image file for every media item', async () => {
    expect(await isEmpty(testApp.database)).toBe(false);
    expect(readdirSync(mediaDir).length).toBeGreaterThanOrEqual(40);
  });

  it('serves the news, newest first, with numbered pages', async () => {
    const page = (await request(testApp.app).get('/api/v1/articles?page=1&limit=20&locale=be')).body as ArticlePage;
    expect(page.total).toBeGreaterThanOrEqual(50);
    expect(page.items[0]?.servedLocale).toMatch(/^(be|ru|en)$/);
  });

  it('serves the events of the coming month with their occurrences', async () => {
    const res = await request(testApp.app).get(`/api/v1/events?from=2026-05-20T00:00:00Z&to=2026-06-20T00:00:00Z&limit=100`);
    expect(res.status).toBe(200);
    expect((res.body as EventOccurrencePage).items.length).toBeGreaterThan(5);
  });

  it('finds places inside a box drawn around Minsk region', async () => {
    const res = await request(testApp.app).get('/api/v1/sites?bbox=53.0,26.0,54.6,28.8&limit=100');
    expect(res.status).toBe(200);
    expect((res.body as SitePage).items.length).toBeGreaterThan(3);
  });

  it('finds the Mir Castle by a Latin and a Cyrillic query', async () => {
    for (const q of ['Mir castle', 'Мірскі']) {
      const res = await request(testApp.app).get(`/api/v1/search?q=${encodeURIComponent(q)}&locale=be`);
      expect(res.status).toBe(200);
      expect((res.body as SearchPage).items.length, q).toBeGreaterThan(0);
    }
  });

  it('serves the section tree', async () => {
    const res = await request(testApp.app).get('/api/v1/sections');
    expect(res.status).toBe(200);
  });
});
