import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RichTextSchema, richTextToPlainText } from '@kraina/core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { createContentStores } from '../content/content-stores.js';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { countRows, fixture, importSettings, redirectsOf, runImport } from './import-test-kit.js';

describeEachDatabase('kraina import rss', (dialect) => {
  let database: Database;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    ({ database, drop } = await createTestDatabase(dialect));
    const stores = createContentStores(database, importSettings);
    await stores.sections.create({ slug: 'business', name: { en: 'Business' } });
    await stores.sections.create({ slug: 'culture', name: { en: 'Culture' } });
  });
  afterEach(() => drop());

  async function articleBySlug(slug: string) {
    const row = await database.db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    const article = await createContentStores(database, importSettings).articles.getById(row.id);
    if (!article) throw new Error(`no article ${slug}`);
    return article;
  }

  it('imports an RSS 2.0 feed as draft articles in rich text, entities decoded, scripts and HTML gone', async () => {
    const result = await runImport(database, ['rss', fixture('news-rss.xml')], { section: 'business' });
    expect(result.log).toMatch(/2 created, 0 updated, 1 skipped/);
    expect(result.code).toBe(1); // the untitled item was skipped
    expect(result.errors).toMatch(/line 38 \(item 3\): skipped: title: The item has no title/);

    const article = await articleBySlug('minsk-brest-open-days-at-12-plants');
    expect(article.status).toBe('draft');
    expect(article.section).toBe('business');
    const text = article.translations.en;
    expect(text?.headline).toBe('Minsk & Brest: “open days” at 12 plants');
    expect(text?.lead).toBe('Twelve plants open their doors — for the first time.');
    expect(RichTextSchema.safeParse(text?.body).success).toBe(true);
    const body = JSON.stringify(text?.body);
    expect(body).not.toMatch(/<|script|alert|onclick|onerror|javascript|iframe|color: red/);
    expect(text?.body.content.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph', 'bulletList', 'blockquote', 'paragraph']);
    expect(text?.body.content[0]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Open\u00a0days' }] });
    const second = text?.body.content[1];
    expect(second?.type === 'paragraph' ? second.content : []).toEqual(
      expect.arrayContaining([
        { type: 'text', text: 'Twelve', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'city executive committee', marks: [{ type: 'link', attrs: { href: 'https://www.minsk.gov.by/en/' } }] },
      ]),
    );
    // The javascript: link keeps its words and loses its target; a relative link is resolved against the old page.
    expect(richTextToPlainText(text!.body)).toMatch(/Visitors sign up on the plants' pages\./);
    expect(body).toContain('"href":"http://old.kraina.test/news/business/how-to_i_0000043400.html"');
    expect(richTextToPlainText(text!.body)).toMatch(/«We expect thousands of visitors,» the minister said\./);
    expect(text?.body.content.at(-1)).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'open-days.jpg (image/jpeg)', marks: [{ type: 'link', attrs: { href: 'http://old.kraina.test/upload/2023/05/open-days.jpg' } }] }],
    });

    const escaped = await articleBySlug('exports-grow-by-5');
    expect(escaped.translations.en?.body.content.slice(0, 2)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Exports of goods & services grew by 5% in April.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Second paragraph.' }] },
    ]);
    expect(JSON.stringify(escaped.translations.en?.body)).toContain('exports report.mp3 (audio/mpeg)');

    expect(await redirectsOf(database)).toEqual({
      '/news/business/exports_i_0000043444.html': '/en/news/business/exports-grow-by-5',
      '/news/business/open-days_i_0000043443.html': '/en/news/business/minsk-brest-open-days-at-12-plants',
    });
    expect(await countRows(database, 'import_sources')).toBe(2);
  });

  it('publishes with the feed\'s dates when asked, and a re-import updates the articles instead of adding copies', async () => {
    expect((await runImport(database, ['rss', fixture('news-rss.xml')], { section: 'business', publish: true })).code).toBe(1);
    const first = await articleBySlug('minsk-brest-open-days-at-12-plants');
    expect(first.status).toBe('published');
    expect(first.translations.en?.status).toBe('published');
    expect(first.firstPublishedAt).toBe('2023-05-12T07:15:00.000Z');

    const again = await runImport(database, ['rss', fixture('news-rss.xml')], { section: 'business', publish: true });
    expect(again.log).toMatch(/0 created, 2 updated, 1 skipped/);
    expect(await countRows(database, 'articles')).toBe(2);
    expect(await countRows(database, 'article_translations')).toBe(2);
    expect(await countRows(database, 'redirects')).toBe(2);
    const second = await articleBySlug('minsk-brest-open-days-at-12-plants');
    expect(second.id).toBe(first.id);
    expect(second.version).toBeGreaterThan(first.version);
    expect(second.firstPublishedAt).toBe(first.firstPublishedAt);
  });

  it('imports an Atom feed: html and xhtml content, entry ids as identities, links as redirects', async () => {
    const result = await runImport(database, ['rss', fixture('news-atom.xml')], { section: 'culture', locale: 'ru' });
    expect(result).toMatchObject({ code: 0 });
    expect(result.log).toMatch(/2 created, 0 updated, 0 skipped/);
    const bazaar = await articleBySlug('slavianski-bazaar-its-30th-season');
    expect(bazaar.translations.ru?.headline).toBe('Slavianski Bazaar & its 30th season');
    expect(bazaar.translations.ru?.lead).toBe('The festival in Vitebsk opens in July.');
    expect(bazaar.translations.ru?.body).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'The festival opens on ' }, { type: 'text', text: '14 July', marks: [{ type: 'bold' }] }, { type: 'text', text: '.' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tickets' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'On sale now.' }] },
      ],
    });
    const night = await articleBySlug('museum-night');
    expect(night.translations.ru?.body.content[1]).toEqual({
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'National Art Museum' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Museum of the Great Patriotic War' }] }] },
      ],
    });
    expect(await redirectsOf(database)).toEqual({
      '/culture/bazaar.html': '/ru/news/culture/slavianski-bazaar-its-30th-season',
      '/culture/museum-night.html': '/ru/news/culture/museum-night',
    });
    const again = await runImport(database, ['rss', fixture('news-atom.xml')], { section: 'culture', locale: 'ru' });
    expect(again.log).toMatch(/0 created, 2 updated, 0 skipped/);
    expect(await countRows(database, 'articles')).toBe(2);
  });

  it('refuses broken XML naming its line, and writes nothing', async () => {
    const result = await runImport(database, ['rss', fixture('news-broken.xml')], { section: 'business' });
    expect(result.code).toBe(1);
    expect(result.errors).toMatch(/not well-formed XML: line 12, .*nothing was imported/);
    for (const table of ['articles', 'article_translations', 'redirects', 'import_sources', 'revisions'] as const) {
      expect(await countRows(database, table)).toBe(0);
    }
  });

  it('needs an existing section and creates none', async () => {
    expect((await runImport(database, ['rss', fixture('news-rss.xml')])).code).toBe(2);
    const unknown = await runImport(database, ['rss', fixture('news-rss.xml')], { section: 'sport' });
    expect(unknown.code).toBe(1);
    expect(unknown.errors).toMatch(/no section "sport"/);
    expect(await countRows(database, 'sections')).toBe(2);
    expect(await countRows(database, 'articles')).toBe(0);
  });

  it('skips an item whose body is beyond core\'s limits, naming its line and field, and imports the rest', async () => {
    const huge = `<p>${'<b>x</b> '.repeat(1100)}</p>`; // 2,200 inline runs, more than a paragraph may hold
    const feed = readFileSync(fixture('news-rss.xml'), 'utf8').replace('<h1>Open&nbsp;days</h1>', huge);
    const server = await serve(feed);
    try {
      const result = await runImport(database, ['rss', `${server.url}/feed.xml`], { section: 'business' });
      expect(result.code).toBe(1);
      expect(result.log).toMatch(/1 created, 0 updated, 2 skipped/);
      expect(result.errors).toMatch(/line 9 \(item 1\): skipped: translations\/en\/body\/content\/0\/content: /);
      expect(await countRows(database, 'articles')).toBe(1);
      expect(await countRows(database, 'redirects')).toBe(1);
      expect(await countRows(database, 'import_sources')).toBe(1);
      expect(await countRows(database, 'revisions')).toBe(1);
    } finally {
      await server.close();
    }
  });
});

interface TestServer {
  url: string;
  close: () => Promise<void>;
}

async function serve(body: string, options: { status?: number; delayForever?: boolean } = {}): Promise<TestServer> {
  const server: Server = createServer((_request, response) => {
    if (options.delayForever) return; // never answers: the client's timeout must end the wait
    response.writeHead(options.status ?? 200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

describe('fetching a feed by URL', () => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await createTestDatabase('sqlite'));
    await createContentStores(database, importSettings).sections.create({ slug: 'business', name: { en: 'Business' } });
  });
  afterAll(() => drop());

  it('imports a feed served over HTTP', async () => {
    const server = await serve(readFileSync(fixture('news-atom.xml'), 'utf8'));
    try {
      const result = await runImport(database, ['rss', `${server.url}/culture.atom`], { section: 'business' });
      expect(result.log).toMatch(/2 created/);
    } finally {
      await server.close();
    }
  });

  it('refuses an answer that is not 2xx, and writes nothing', async () => {
    const server = await serve('gone', { status: 404 });
    try {
      const result = await runImport(database, ['rss', `${server.url}/missing.xml`], { section: 'business' });
      expect(result.code).toBe(1);
      expect(result.errors).toMatch(/answered 404/);
    } finally {
      await server.close();
    }
  });
});
