import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Media, type PublicMedia, type RichText, richTextFromParagraphs } from '@kraina/core';
import request from 'supertest';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { useTestApp } from '../test-app.js';
import { photo } from './test-images.js';

// The public read of a media item answers only for pictures published content shows: a draft's lead photo is
// embargoed with its draft, and must not be found by its id.

describeEachDatabase('the public read of a media item', (dialect) => {
  const testApp = useTestApp(dialect, { MEDIA_DIR: join(mkdtempSync(join(tmpdir(), 'kraina-media-')), 'media') });
  const staff = () => request(testApp.staffApp);
  const reader = () => request(testApp.app);

  async function upload(filename: string, alt: Record<string, string>): Promise<Media> {
    let req = staff().post('/api/v1/media').field('credit', 'Photo: Kraina');
    for (const [locale, text] of Object.entries(alt)) req = req.field(`alt[${locale}]`, text);
    const res = await req.attach('file', await photo(800, 600), filename);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Media;
  }

  async function articleShowing(lead: Media, inBody: Media, headline: string) {
    const body: RichText = { type: 'doc', content: [...richTextFromParagraphs(['Doors open.']).content, { type: 'image', attrs: { mediaId: inBody.id } }] };
    return testApp.stores.articles.create({ section: 'news', leadImage: { mediaId: lead.id }, translations: { en: { headline, body } } });
  }

  beforeAll(async () => {
    await testApp.stores.sections.create({ slug: 'news', name: { en: 'News' } });
  });

  it('answers the public facts of an image a published article shows, with its renditions and caching headers', async () => {
    const lead = await upload('IMG_0042-private-name.jpg', { en: 'Crowd at the library opening', be: 'Натоўп на адкрыцці бібліятэкі' });
    const inBody = await upload('inline.jpg', { en: 'Queue at the door' });
    const article = await articleShowing(lead, inBody, 'Library opens');
    await testApp.stores.articles.changeWorkflow(article.id, { status: 'published', locales: { en: 'published' } });

    for (const media of [lead, inBody]) {
      const res = await reader().get(`/api/v1/media/${media.id}/public`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+/);
      expect(res.headers.etag).toMatch(/^(W\/)?"/);
      const answer = res.body as PublicMedia;
      expect(answer).toMatchObject({ id: media.id, kind: 'image', width: 800, height: 600, credit: 'Photo: Kraina' });
      expect(answer.variants.map((v) => `${v.width}${v.format}`)).toEqual(media.variants.map((v) => `${v.width}${v.format}`));
      // The uploaded file name and size are staff's business, not readers'.
      expect(Object.keys(answer).sort()).toEqual(['alt', 'caption', 'credit', 'focalPoint', 'height', 'id', 'kind', 'mimeType', 'url', 'variants', 'width']);
      expect(JSON.stringify(answer)).not.toContain('private-name');
      const again = await reader().get(`/api/v1/media/${media.id}/public`).set('If-None-Match', res.headers.etag as string);
      expect(again.status).toBe(304);
    }
    // The files it names are served for a year: a new upload is a new id, so a file never changes.
    const file = await reader().get(((await reader().get(`/api/v1/media/${lead.id}/public`)).body as PublicMedia).url);
    expect(file.status).toBe(200);
    expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(((await reader().get(`/api/v1/media/${lead.id}/public`)).body as PublicMedia).alt).toEqual({ en: 'Crowd at the library opening', be: 'Натоўп на адкрыцці бібліятэкі' });
  });

  it('answers 404 for an image only a draft shows, until the draft is published, and again once it is unpublished', async () => {
    const lead = await upload('embargoed.jpg', { en: 'Minister signs the budget' });
    const inBody = await upload('embargoed-inline.jpg', { en: 'The signed budget' });
    const article = await articleShowing(lead, inBody, 'Budget signed');

    for (const media of [lead, inBody]) {
      const res = await reader().get(`/api/v1/media/${media.id}/public`);
      expect(res.status).toBe(404);
      expect(res.type).toBe('application/problem+json');
    }
    const published = await testApp.stores.articles.changeWorkflow(article.id, { status: 'published', locales: { en: 'published' } });
    expect((await reader().get(`/api/v1/media/${lead.id}/public`)).status).toBe(200);
    await testApp.stores.articles.changeWorkflow(article.id, { status: 'draft', locales: { en: 'draft' } }, null, published.version);
    expect((await reader().get(`/api/v1/media/${lead.id}/public`)).status).toBe(404);
  });

  it('answers 404 for an unknown id and for an unused image, and 422 for an id that is not one', async () => {
    const unused = await upload('unused.jpg', { en: 'A spare photo' });
    expect((await reader().get(`/api/v1/media/${unused.id}/public`)).status).toBe(404);
    expect((await reader().get('/api/v1/media/00000000-0000-4000-8000-000000000000/public')).status).toBe(404);
    const bad = await reader().get('/api/v1/media/..%2F..%2Fetc%2Fpasswd/public');
    expect([404, 422]).toContain(bad.status);
    expect((await reader().get('/api/v1/media/not-an-id/public')).status).toBe(422);
  });
});
