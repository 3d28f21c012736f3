import { createClient } from '@kraina/core';
import request from 'supertest';
import { describe, expect, inject, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';

// The real demo API, started once for the run (test-support/global-setup.ts); nothing here is mocked.
const apiUrl = inject('apiUrl');
const app = createApp(loadConfig({ SITE_URL: 'https://portal.example', API_URL: apiUrl }));
const api = createClient({ baseUrl: apiUrl });
const articlePath = '/en/news/business-news/belarus-china-business-forum-minsk';

async function leadImageOf(path: string) {
  const res = await request(app).get(path);
  expect(res.status).toBe(200);
  const figure = /<figure class="article__lead-image">(.*?)<\/figure>/s.exec(res.text)?.[1] ?? '';
  const img = /<img [^>]*>/.exec(figure)?.[0] ?? '';
  return { img, src: /src="([^"]+)"/.exec(img)?.[1] ?? '' };
}

describe('pictures on pages', () => {
  it("gives the article's lead picture its size from the API's read, first priority, and a file under this site", async () => {
    const { img, src } = await leadImageOf(articlePath);
    const article = await api.getArticle({ params: { slug: 'belarus-china-business-forum-minsk' }, query: { locale: 'en' } });
    const media = await api.getPublicMedia({ params: { id: article.leadImage?.mediaId ?? '' } });
    const widest = Math.max(...media.variants.map((v) => v.width), 0) || media.width;
    expect(img).toContain(`width="${widest}"`);
    expect(img).toMatch(/height="\d+"/);
    expect(img).toMatch(/fetchpriority="high"/i);
    expect(img).not.toContain('loading="lazy"');
    expect(img).toContain('decoding="async"');
    expect(src).toMatch(/^\/media\/[0-9a-f-]{36}[-.][\w.-]+$/);
  });

  it("streams a file the API vouches for, with the API's caching headers, and answers 304 to a repeat", async () => {
    const { src } = await leadImageOf(articlePath);
    const res = await request(app).get(src).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\//);
    expect(res.headers['cache-control']).toContain('max-age=31536000');
    expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
    const again = await request(app).get(src).set('If-None-Match', res.headers.etag as string);
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toContain('max-age=31536000');
  });

  it('serves the main file at /media/<id> alone, for pages that have not loaded the renditions', async () => {
    const article = await api.getArticle({ params: { slug: 'belarus-china-business-forum-minsk' }, query: { locale: 'en' } });
    const res = await request(app).get(`/media/${article.leadImage?.mediaId ?? ''}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\//);
  });

  it('answers 404, never a file, for names the API did not give: unknown ids, made-up renditions, path tricks', async () => {
    const { src } = await leadImageOf(articlePath);
    const id = /[0-9a-f-]{36}/.exec(src)?.[0] ?? '';
    for (const path of [
      '/media/00000000-0000-4000-8000-000000000000.jpeg',
      `/media/${id}-9999w.webp`,
      `/media/${id}.exe`,
      `/media/${id}..%2F..%2Fpackage.json`,
      '/media/..%2Fpackage.json',
      '/media/not-an-id',
    ]) {
      const res = await request(app).get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type'], path).toMatch(/^text\/html/);
    }
  });
});
