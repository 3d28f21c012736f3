import { type Article, type Event, type KrainaClient, type PreviewLink, type Site, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { signInAsAdmin } from '../../test-support/sign-in-as-admin.js';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';

const apiUrl = inject('apiUrl');
const app = createApp(loadConfig({ SITE_NAME: 'Belarus.by', SITE_URL: 'https://portal.example', API_URL: apiUrl }));

// Soon enough to be within the event page's look-ahead.
const inTwoMonths = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

describe('a draft opened through a preview link', () => {
  let staff: KrainaClient;
  let draft: Article;
  let link: PreviewLink;
  let draftEvent: Event;
  let draftPlace: Site;

  beforeAll(async () => {
    staff = await signInAsAdmin(apiUrl);
    draft = await staff.createArticle({
      body: { section: 'economy', translations: { en: { headline: 'Budget 2027 (embargoed draft)', body: richTextFromParagraphs(['Figures under embargo.']) } } },
    });
    link = await staff.createArticlePreview({ params: { id: draft.id } });
    draftEvent = await staff.createEvent({
      body: {
        category: 'festival',
        translations: { en: { title: 'Secret winter festival (draft)', description: richTextFromParagraphs(['Not announced yet.']) } },
        schedule: [{ start: `${inTwoMonths}T12:00`, end: `${inTwoMonths}T18:00` }],
      },
    });
    draftPlace = await staff.createSite({
      body: {
        kind: 'museum',
        region: 'minsk',
        coordinates: { lat: 53.9, lng: 27.56 },
        translations: { en: { name: 'Museum of Future Exhibits (draft)', description: richTextFromParagraphs(['Opening soon.']) } },
      },
    });
  });

  afterAll(async () => {
    await staff.deleteArticle({ params: { id: draft.id } });
    await staff.deleteEvent({ params: { id: draftEvent.id } });
    await staff.deleteSite({ params: { id: draftPlace.id } });
  });

  it("sends the API's link, which names no language, on to the reader's language", async () => {
    const res = await request(app).get(link.path).set('Accept-Language', 'ru');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`/ru/preview/${link.token}`);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('shows the draft on the article page, marked as a preview, never cached and never indexed', async () => {
    const res = await request(app).get(`/en/preview/${link.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(res.text).toContain('<meta name="robots" content="noindex, nofollow"/>');
    expect(res.text).toContain('Preview of a draft — not public');
    expect(res.text).toContain('<h1>Budget 2027 (embargoed draft)</h1>');
    expect(res.text).toContain('Figures under embargo.');
    // The language switch stays inside the preview, since the draft has no public page to switch to.
    expect(res.text).toContain(`href="/be/preview/${link.token}"`);
    // The draft itself is still hidden from everyone without the link.
    expect((await request(app).get(`/en/news/economy/${draft.slug}`)).status).toBe(404);
  });

  it('shows the draft in another locale through its fallback, with the banner in that language', async () => {
    const res = await request(app).get(`/be/preview/${link.token}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Папярэдні прагляд чарнавіка — не апублікавана');
    expect(res.text).toContain('Budget 2027 (embargoed draft)');
  });

  it('answers a forged, altered or malformed token with a helpful 404 in the reader’s language, never cached', async () => {
    const [payload, signature] = link.token.split('.') as [string, string];
    const altered = `${payload.slice(0, -1)}${payload.endsWith('A') ? 'B' : 'A'}.${signature}`;
    for (const token of [altered, 'bm90LWEtdG9rZW4.c2lnbmF0dXJl', 'not-a-token']) {
      const res = await request(app).get(`/ru/preview/${token}`);
      expect(res.status, token).toBe(404);
      expect(res.headers['cache-control'], token).toBe('no-store');
      expect(res.text, token).toContain('<h1>Ссылка для предпросмотра не работает</h1>');
      expect(res.text, token).toContain('<meta name="robots" content="noindex, nofollow"/>');
    }
  });

  it('shows a draft event on the event page, marked as a preview the same way', async () => {
    const eventLink = await staff.createEventPreview({ params: { id: draftEvent.id } });
    const res = await request(app).get(`/en/preview/${eventLink.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(res.text).toContain('<meta name="robots" content="noindex, nofollow"/>');
    expect(res.text).toContain('Preview of a draft — not public');
    expect(res.text).toContain('Secret winter festival (draft)');
    expect((await request(app).get(`/en/events/${draftEvent.slug}`)).status).toBe(404);
  });

  it('shows a draft place on the place page, marked as a preview the same way', async () => {
    const placeLink = await staff.createSitePreview({ params: { id: draftPlace.id } });
    const res = await request(app).get(`/ru/preview/${placeLink.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(res.text).toContain('Предпросмотр черновика — не опубликовано');
    expect(res.text).toContain('Museum of Future Exhibits (draft)');
    expect((await request(app).get(`/en/places/museum/${draftPlace.slug}`)).status).toBe(404);
  });
});
