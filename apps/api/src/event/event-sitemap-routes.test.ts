import { type CreateEventInput, type EventSitemapPage, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';

const text = (title: string) => ({ title, description: richTextFromParagraphs([`${title}.`]) });

describeEachDatabase('the events sitemap read', (dialect) => {
  const testApp = useTestApp(dialect);
  const weekly: CreateEventInput = {
    category: 'concert',
    translations: { en: text('Weekly organ evenings'), be: text('Арганныя вечары') },
    schedule: [{ start: '2026-01-07T19:00', end: '2026-01-07T21:00', rrule: 'FREQ=WEEKLY;COUNT=40' }],
  };

  beforeAll(async () => {
    const { events } = testApp.stores;
    const publish = async (input: CreateEventInput, locales: Record<string, 'published' | 'draft'>) => {
      const created = await events.create(input);
      return events.changeWorkflow(created.id, { status: 'published', publishedAt: '2026-01-01T00:00:00Z', locales });
    };
    await publish(weekly, { en: 'published', be: 'published' });
    // Long past, far outside any calendar range a sitemap would ask for, and published in English only.
    await publish({ category: 'festival', translations: { en: text('Harvest fair 1999'), ru: text('Ярмарка 1999') }, schedule: [{ start: '1999-09-01T10:00', end: '1999-09-01T18:00' }] }, { en: 'published', ru: 'draft' });
    for (let n = 0; n < 3; n += 1) await publish({ category: 'forum', translations: { en: text(`Forum ${n}`) }, schedule: [{ start: '2027-03-01T10:00', end: '2027-03-01T18:00' }] }, { en: 'published' });
    await events.create({ category: 'forum', translations: { en: text('Secret draft') }, schedule: [{ start: '2027-03-01T10:00', end: '2027-03-01T18:00' }] });
  });

  it('lists each published event once, whatever its dates, with the locales it is published in', async () => {
    const res = await request(testApp.app).get('/api/v1/sitemap/events?limit=100');
    expect(res.status).toBe(200);
    const page = res.body as EventSitemapPage;
    expect(page.items.map((e) => e.slug).sort()).toEqual(['forum-0', 'forum-1', 'forum-2', 'harvest-fair-1999', 'weekly-organ-evenings']);
    expect(page.items.find((e) => e.slug === 'weekly-organ-evenings')?.locales).toEqual(['be', 'en']);
    expect(page.items.find((e) => e.slug === 'harvest-fair-1999')?.locales).toEqual(['en']);
    expect(page.items.every((e) => !Number.isNaN(Date.parse(e.updatedAt)))).toBe(true);
    expect(page.nextCursor).toBeNull();
  });

  it('walks the list by its cursor without repeating or skipping an event', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await request(testApp.app).get(`/api/v1/sitemap/events?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const page = res.body as EventSitemapPage;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((e) => e.slug));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('refuses a cursor it did not make', async () => {
    expect((await request(testApp.app).get('/api/v1/sitemap/events?cursor=bm90LWEtY3Vyc29y')).status).toBe(422);
  });
});
