import { XMLParser } from 'fast-xml-parser';
import request from 'supertest';
import { describe, expect, inject, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { robotsText } from './robots-routes.js';

const siteUrl = 'https://portal.example';
const app = createApp(loadConfig({ SITE_NAME: 'Belarus.by', SITE_URL: siteUrl, API_URL: inject('apiUrl') }));
// Lists stay lists even with one element, and attributes are kept, so hreflang links can be read.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['sitemap', 'url', 'xhtml:link'].includes(name) });

interface UrlEntry {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: { rel: string; hreflang: string; href: string }[];
}

const pathOf = (url: string) => {
  expect(url.startsWith(`${siteUrl}/`), url).toBe(true);
  return url.slice(siteUrl.length);
};

async function readXml(path: string): Promise<Record<string, unknown>> {
  const res = await request(app).get(path);
  expect(res.status, path).toBe(200);
  expect(res.type, path).toBe('application/xml');
  expect(res.headers['cache-control'], path).toBe('public, max-age=300');
  return parser.parse(res.text) as Record<string, unknown>;
}

describe('the sitemap', () => {
  it('is an index of child sitemaps, each listing pages in every locale with hreflang alternates, every one of which answers 200', { timeout: 300_000 }, async () => {
    const index = (await readXml('/sitemap.xml')).sitemapindex as { sitemap: { loc: string }[] };
    const children = index.sitemap.map((s) => pathOf(s.loc));
    expect(children).toContain('/sitemaps/pages.xml');
    expect(children).toContain('/sitemaps/articles-1.xml');

    const urls: UrlEntry[] = [];
    for (const child of children) {
      const set = (await readXml(child)).urlset as { url?: UrlEntry[] };
      urls.push(...(set.url ?? []));
    }
    expect(urls.length).toBeLessThanOrEqual(50_000 * children.length);
    const locs = urls.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    for (const path of ['/en/', '/ru/', '/be/', '/en/news/', '/be/news/economy/', '/en/news/business-news/belarus-china-business-forum-minsk']) {
      expect(locs, path).toContain(`${siteUrl}${path}`);
    }

    // Every listed URL names itself among its alternates, and x-default when the default locale has a version.
    const article = urls.find((u) => u.loc === `${siteUrl}/ru/news/business-news/belarus-china-business-forum-minsk`);
    expect(article?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(article?.['xhtml:link']).toEqual(
      expect.arrayContaining([
        { rel: 'alternate', hreflang: 'ru', href: article?.loc },
        { rel: 'alternate', hreflang: 'en', href: `${siteUrl}/en/news/business-news/belarus-china-business-forum-minsk` },
        { rel: 'alternate', hreflang: 'x-default', href: `${siteUrl}/en/news/business-news/belarus-china-business-forum-minsk` },
      ]),
    );
    for (const url of urls) expect(url['xhtml:link']?.some((l) => l.href === url.loc), url.loc).toBe(true);

    // Every address a crawler is given must be a page, not a redirect or a 404.
    const failures: string[] = [];
    const queue = [...locs];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        for (let loc = queue.shift(); loc !== undefined; loc = queue.shift()) {
          const status = (await request(app).get(pathOf(loc))).status;
          if (status !== 200) failures.push(`${status} ${loc}`);
        }
      }),
    );
    expect(failures).toEqual([]);
  });

  it('answers 404 for an article sitemap past the end of the archive', async () => {
    expect((await request(app).get('/sitemaps/articles-999.xml')).status).toBe(404);
    expect((await request(app).get('/sitemaps/articles-0.xml')).status).toBe(404);
  });
});

describe('robots.txt', () => {
  it('opens the site, closes previews and search, and names the sitemap at SITE_URL', async () => {
    const res = await request(app).get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/plain');
    const lines = res.text.split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Allow: /');
    for (const path of ['/preview/', '/en/preview/', '/be/preview/', '/ru/search', '/en/search']) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).toContain('Sitemap: https://portal.example/sitemap.xml');
    expect(res.text).toBe(robotsText(siteUrl));
  });
});
