import request from 'supertest';
import { describe, expect, inject, it } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';

// The real demo API, started once for the run (test-support/global-setup.ts); nothing here is mocked.
const app = createApp(loadConfig({ SITE_NAME: 'Belarus.by', SITE_URL: 'https://portal.example', API_URL: inject('apiUrl') }));

const hitLinks = (html: string) => [...html.matchAll(/<h2 class="search-hit__title"><a href="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('the search page', () => {
  it('finds news, events and places for a query, each linking to its page, with matches marked', async () => {
    const res = await request(app).get('/en/search?q=Minsk');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Results for “Minsk”</h1>');
    const links = hitLinks(res.text);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => /^\/en\/(news\/[a-z0-9-]+|events|places\/[a-z0-9-]+)\/[a-z0-9-]+$/.test(href))).toBe(true);
    expect(res.text).toMatch(/<mark>Minsk<\/mark>/i);
    expect(res.text).toContain('<meta name="robots" content="noindex, nofollow"/>');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
  });

  it('narrows the results to one kind, and marks that kind as the current one', async () => {
    const res = await request(app).get('/en/search?q=Minsk&type=place');
    expect(res.status).toBe(200);
    const links = hitLinks(res.text);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('/en/places/'))).toBe(true);
    expect(res.text).toContain('<a href="/en/search?q=Minsk&amp;type=place" aria-current="page">Places</a>');
  });

  it('offers more results through the cursor, and the next page differs from the first', async () => {
    const first = await request(app).get('/en/search?q=Belarus');
    const more = /<a href="([^"]+)" rel="next">More results<\/a>/.exec(first.text)?.[1];
    expect(more).toBeDefined();
    const second = await request(app).get((more ?? '').replaceAll('&amp;', '&'));
    expect(second.status).toBe(200);
    expect(hitLinks(second.text)).not.toEqual(hitLinks(first.text));
    expect(second.text).toContain('Back to the first results');
  });

  it('says plainly when nothing is found, in the reader’s language', async () => {
    const res = await request(app).get('/ru/search?q=zzqxwv');
    expect(res.status).toBe(200);
    expect(res.text).toContain('По запросу «zzqxwv» ничего не найдено.');
    expect(hitLinks(res.text)).toEqual([]);
  });

  it('answers an empty query with the form and a hint, and bad input with a 400 page, never a 5xx', async () => {
    const empty = await request(app).get('/be/search');
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('Увядзіце слова ці два');
    for (const path of [`/en/search?q=${'a'.repeat(201)}`, '/en/search?q=a&type=person', '/en/search?q=a&q=b', '/en/search?q=Minsk&cursor=bm90LWEtY3Vyc29y']) {
      const res = await request(app).get(path);
      expect(res.status, path).toBe(400);
      expect(res.text, path).toContain('<h1>Search</h1>');
      expect(res.headers['cache-control'], path).toBe('no-store');
    }
  });

  it('shows a <script> query as text and never as markup', async () => {
    const res = await request(app).get(`/en/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('puts a labelled search form in the header of every page', async () => {
    const res = await request(app).get('/en/');
    expect(res.text).toMatch(/<form role="search" class="site-search" aria-label="Search the portal" action="\/en\/search" method="get"><label for="site-search">/);
  });
});
