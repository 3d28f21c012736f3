import { createClient } from '@kraina/core';
import Parser from 'rss-parser';
import request from 'supertest';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { dayOf } from '../locale/format-date.js';

// The real demo API, started once for the run (test-support/global-setup.ts); nothing here is mocked.
const apiUrl = inject('apiUrl');
const app = createApp(loadConfig({ SITE_NAME: 'Belarus.by', SITE_URL: 'https://portal.example', API_URL: apiUrl }));
const api = createClient({ baseUrl: apiUrl });
const articlePath = '/en/news/business-news/belarus-china-business-forum-minsk';

function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>);
}

function metaOf(html: string, property: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${property.replace(':', '\\:')}" content="([^"]*)"`).exec(html)?.[1];
}

describe('a section list', () => {
  it('shows the breadcrumbs Home | Business | Business news and the section heading', async () => {
    const res = await request(app).get('/en/news/business-news/');
    expect(res.status).toBe(200);
    const crumbs = /<nav class="breadcrumbs"[^>]*>(.*?)<\/nav>/s.exec(res.text)?.[1] ?? '';
    expect([...crumbs.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1])).toEqual(['Home', 'Business', 'Business news']);
    expect(res.text).toContain('<h1>Business news</h1>');
  });

  it("includes the sub-sections' news in a parent section and pages it by number", async () => {
    const res = await request(app).get('/ru/news/business/');
    expect(res.text).toContain('<h1>Бизнес</h1>');
    expect(res.text).toContain('href="/ru/news/business-news/"');
    expect(res.text).toContain('href="/ru/news/economy/"');
  });

  it('serves page 2 of all news with its own canonical address, and page links around it', async () => {
    const res = await request(app).get('/en/news/?page=2');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<link rel="canonical" href="https://portal.example/en/news/?page=2"/>');
    expect(res.text).toContain('<link rel="alternate" hrefLang="be" href="https://portal.example/be/news/?page=2"/>');
    expect(res.text).toMatch(/<a href="\/en\/news\/" rel="prev">Previous page<\/a>/);
    expect(res.text).toMatch(/aria-current="page">2<\/a>/);
  });

  it('sends ?page=1 to the list itself, so each page has one address', async () => {
    const res = await request(app).get('/en/news/business/?page=1');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/en/news/business/');
  });

  it('answers 404 for a page past the end, a page that is not a number, and a section that does not exist', async () => {
    for (const path of ['/en/news/business/?page=999', '/en/news/?page=abc', '/en/news/weather/']) {
      expect((await request(app).get(path)).status, path).toBe(404);
    }
  });

  it('is cacheable with stale-while-revalidate, and answers 304 to a reader who has the same page', async () => {
    const first = await request(app).get('/en/news/business/');
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300, stale-if-error=86400');
    expect(first.headers.etag).toBeTruthy();
    const again = await request(app).get('/en/news/business/').set('If-None-Match', first.headers.etag as string);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });
});

describe('an article', () => {
  it('shows the headline, the dateline as a wire service prints it, the lead image with caption and credit, and tags', async () => {
    const res = await request(app).get(articlePath);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Belarus–China business forum opens in Minsk</h1>');
    expect(res.text).toMatch(/<p class="article__dateline">MINSK, \d{1,2} [A-Z][a-z]+ \(BelTA\)<\/p>/);
    expect(res.text).toMatch(/<img src="\/media\/[0-9a-f-]{36}[^"]*"[^>]* alt="Illustration: [^"]+"/);
    expect(res.text).toContain('<figcaption>An archive photo<small>Photo: Kraina demo illustration</small></figcaption>');
    expect(res.text).toContain('href="/en/news/?tag=china"');
  });

  it('links to the related article the editors chose', async () => {
    const res = await request(app).get(articlePath);
    expect(res.text).toContain('<h2 id="related-articles">Related news</h2>');
    expect(res.text).toContain('href="/en/news/business-news/great-stone-park-registers-new-residents"');
  });

  it('carries NewsArticle and BreadcrumbList JSON-LD with the fields news search requires', async () => {
    const res = await request(app).get(articlePath);
    const [article, crumbs] = jsonLdOf(res.text);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Belarus–China business forum opens in Minsk',
      author: { '@type': 'Organization', name: 'BelTA' },
      publisher: { '@type': 'Organization', name: 'Belarus.by' },
      contentLocation: { '@type': 'Place', name: 'Minsk' },
      url: `https://portal.example${articlePath}`,
    });
    for (const field of ['datePublished', 'dateModified']) expect(Number.isNaN(Date.parse(String(article?.[field])))).toBe(false);
    expect(article?.image).toEqual([expect.stringMatching(/^https:\/\/portal\.example\/media\/[0-9a-f-]{36}$/)]);
    expect(crumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    expect((crumbs?.itemListElement as { name: string }[]).map((c) => c.name)).toEqual([
      'Home',
      'Business',
      'Business news',
      'Belarus–China business forum opens in Minsk',
    ]);
  });

  it('names its canonical address, its other languages, and Open Graph and Twitter card previews', async () => {
    const res = await request(app).get(articlePath.replace('/en/', '/be/'));
    expect(res.text).toContain(`<link rel="canonical" href="https://portal.example${articlePath.replace('/en/', '/be/')}"/>`);
    for (const locale of ['en', 'ru', 'be']) {
      expect(res.text).toContain(`<link rel="alternate" hrefLang="${locale}" href="https://portal.example${articlePath.replace('/en/', `/${locale}/`)}"/>`);
    }
    expect(res.text).toContain(`<link rel="alternate" hrefLang="x-default" href="https://portal.example${articlePath}"/>`);
    expect(metaOf(res.text, 'og:type')).toBe('article');
    expect(metaOf(res.text, 'og:title')).toBe('У Мінску адкрыўся беларуска-кітайскі бізнес-форум · Belarus.by');
    expect(metaOf(res.text, 'og:image')).toMatch(/^https:\/\/portal\.example\/media\//);
    expect(metaOf(res.text, 'twitter:card')).toBe('summary_large_image');
  });

  it('sends an article requested under another section to its own address', async () => {
    const res = await request(app).get('/en/news/sport/belarus-china-business-forum-minsk');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(articlePath);
  });

  it('answers 404 for an article that does not exist', async () => {
    expect((await request(app).get('/en/news/business-news/no-such-story')).status).toBe(404);
  });
});

describe('the day archive', () => {
  it("lists a day's news beside the month calendar, whose English week starts on Sunday", async () => {
    const { items } = await api.listArticles({ query: { limit: 1 } });
    const latest = items[0]?.firstPublishedAt ?? '';
    const day = dayOf(latest, 'Europe/Minsk');
    const res = await request(app).get(`/en/news/archive/${day.replaceAll('-', '/')}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(`href="/en/news/${items[0]?.section}/${items[0]?.slug}"`);
    const weekdays = [...res.text.matchAll(/<abbr title="[^"]+">([^<]+)<\/abbr>/g)].map((m) => m[1]);
    expect(weekdays.join(' ')).toBe('Su Mo Tu We Th Fr Sa');
    expect(res.text).toMatch(new RegExp(`href="/en/news/archive/${day.replaceAll('-', '/')}"[^>]*aria-current="date"`));
  });

  it('starts the week on Monday in Russian', async () => {
    const res = await request(app).get('/ru/news/archive/2026/05/12');
    const weekdays = [...res.text.matchAll(/<abbr title="([^"]+)">/g)].map((m) => m[1]);
    expect(weekdays[0]).toBe('понедельник');
  });

  it('answers 404 for a day that does not exist', async () => {
    expect((await request(app).get('/en/news/archive/2026/02/30')).status).toBe(404);
  });
});

describe('RSS feeds', () => {
  const parser = new Parser();

  it("lists a locale's latest news as RSS 2.0 a feed reader understands", async () => {
    const res = await request(app).get('/ru/feed.xml');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/rss+xml');
    const feed = await parser.parseString(res.text);
    expect(feed.title?.trim()).toBe('Belarus.by: новости');
    expect(feed.link).toBe('https://portal.example/ru/news/');
    expect(feed.items.length).toBeGreaterThan(10);
    const [first] = feed.items;
    expect(first?.link).toMatch(/^https:\/\/portal\.example\/ru\/news\/[a-z-]+\/[a-z0-9-]+$/);
    expect(first?.guid).toBe(first?.link);
    expect(Number.isNaN(Date.parse(first?.pubDate ?? ''))).toBe(false);
  });

  it("lists only one section's news in its feed", async () => {
    const res = await request(app).get('/en/news/sport/feed.xml');
    const feed = await parser.parseString(res.text);
    expect(feed.title?.trim()).toBe('Belarus.by: Sport');
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) expect(item.link).toMatch(/\/en\/news\/sport\//);
  });

  it('answers 404 for the feed of a section that does not exist', async () => {
    expect((await request(app).get('/en/news/weather/feed.xml')).status).toBe(404);
  });
});

describe('the home page', () => {
  it('shows top news, upcoming events, featured places and the news calendar of this month', async () => {
    const res = await request(app).get('/en/');
    expect(res.text).toMatch(/<h2 id="top-news">Top news<\/h2><ul class="article-list">/);
    expect(res.text).toMatch(/<h2 id="upcoming-events">Upcoming events<\/h2><ul class="link-list">/);
    expect(res.text).toMatch(/<h2 id="featured-places">Featured places<\/h2><ul class="link-list">/);
    expect(res.text).toContain('class="month-calendar"');
  });
});

describe('media', () => {
  let imagePath = '';
  beforeAll(async () => {
    const res = await request(app).get(articlePath);
    imagePath = /<img src="(\/media\/[0-9a-f-]{36}[^"]*)"/.exec(res.text)?.[1] ?? '';
  });

  it("serves an article's picture from this site, cacheable for a year", async () => {
    const res = await request(app).get(imagePath);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^image\//);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 for a media id the API does not have', async () => {
    expect((await request(app).get('/media/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
