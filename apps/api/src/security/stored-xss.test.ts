import {
  type CreateArticleInput,
  CreateArticleInputSchema,
  type CreateEventInput,
  CreateEventInputSchema,
  type CreateSiteInput,
  CreateSiteInputSchema,
  type RichText,
  RichTextSchema,
  richTextToHtml,
} from '@kraina/core';
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../db/test-databases.js';
import { readCalendar } from '../open-data/read-calendar.js';
import { parseCsv } from '../open-data/test-content.js';
import { useTestApp } from '../test-app.js';
import { type PlantedField, plantPayloads, valueAt } from './plant-payloads.js';

// Stored XSS: hostile text goes into every plain and rich-text field the schemas let it into, is published, and every
// way the API hands it out is read back the way a browser, a calendar or a spreadsheet would. The text must come
// back exactly as written (escaping is the renderer's job, not the store's), never as markup, a new iCalendar
// property, or a spreadsheet formula.

// The long payload breaks out of attributes, tags, iCalendar lines and CSV cells at once; the short ones fit fields
// with tight limits. Each field gets the first its schema accepts.
const payloads = [
  `"'><script>alert(1)</script><img src=x onerror=alert(1)>\r\nBEGIN:VEVENT\r\nSUMMARY:forged\r\n=HYPERLINK("http://evil.example")`,
  '<svg onload=alert(1)>',
  '=cmd|"/C calc"!A0',
  '<b>',
];

const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });

/** A body with every node that carries text: headings, quotes with attribution, lists, marks and an image caption. */
const richBody = (): RichText => ({
  type: 'doc',
  content: [
    paragraph('Opening paragraph.'),
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'A heading' }] },
    { type: 'blockquote', attrs: { attribution: 'A minister' }, content: [paragraph('A quotation.')] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('An item.')] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph('Third.')] }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Linked words', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://elsewhere.example/page' } }] },
      ],
    },
  ],
});

const articleInput: CreateArticleInput = {
  section: 'news',
  translations: { en: { headline: 'A headline', lead: 'A lead.', body: richBody() } },
  dateline: { place: { en: 'Minsk' }, date: '2026-05-12', agency: { en: 'BelTA' } },
};

const eventInput: CreateEventInput = {
  category: 'festival',
  statusNote: { en: 'A note' },
  organiser: { en: 'An organiser' },
  translations: { en: { title: 'A festival', summary: 'A summary.', description: richBody() } },
  schedule: [
    {
      start: '2036-06-10T19:00',
      end: '2036-06-10T21:00',
      timeZone: 'Europe/Minsk',
      venue: { type: 'address', address: { en: 'A street 1' } },
      city: { en: 'Minsk' },
      region: 'minsk',
    },
  ],
};

const siteInput: CreateSiteInput = {
  kind: 'unesco-heritage',
  inscriptionYear: 2000,
  criteria: ['ii', 'iv'],
  referenceNumber: '625',
  heritageCategory: 'cultural',
  region: 'grodno-region',
  coordinates: { lat: 53.45, lng: 26.47 },
  openingHours: { periods: [{ days: [1, 2], opens: '10:00', closes: '18:00' }], note: { en: 'Closed on holidays' } },
  translations: { en: { name: 'A castle', summary: 'A summary.', description: richBody(), address: 'Mir 2' } },
};

type Element = DefaultTreeAdapterMap['element'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

// Exactly the elements and attributes core's renderer writes; anything else in the output came from the content.
const allowedElements = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'footer', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'u', 's', 'code', 'sup', 'sub', 'br', 'hr', 'figure', 'img', 'figcaption', 'small']);
const allowedAttributes = new Set(['href', 'rel', 'start', 'src', 'srcset', 'sizes', 'width', 'height', 'alt', 'loading', 'decoding']);

/** Every element of rendered HTML as a browser's parser builds it, and all its text. */
function readHtml(html: string): { elements: Element[]; text: string } {
  const elements: Element[] = [];
  let text = '';
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') text += (node as DefaultTreeAdapterMap['textNode']).value;
      if ('tagName' in node) {
        elements.push(node);
        visit(node.childNodes);
      }
    }
  };
  visit(parseFragment(html).childNodes);
  return { elements, text };
}

function expectInert(html: string, planted: readonly PlantedField[]): void {
  const { elements, text } = readHtml(html);
  for (const element of elements) {
    expect(allowedElements, `<${element.tagName}> in rendered body`).toContain(element.tagName);
    for (const attribute of element.attrs) {
      expect(allowedAttributes, `${attribute.name} on <${element.tagName}>`).toContain(attribute.name);
      expect(attribute.value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  }
  // The hostile text is still there, as text a reader sees, not lost and not half-escaped twice.
  for (const field of planted.filter((f) => f.pointer.includes('/content/') && f.pointer.endsWith('/text'))) expect(text).toContain(field.value.replace(/\r\n?/g, '\n')); // HTML parsing reads CRLF as LF
}

/** What the payload in one field was, so a test fails on a field the planting missed rather than comparing undefined. */
function plantedValue(fields: readonly PlantedField[], pointer: string): string {
  const field = fields.find((f) => f.pointer === pointer);
  if (field === undefined) throw new Error(`No payload was planted at ${pointer}`);
  return field.value;
}

const bodyPointers = { article: 'body', event: 'description', site: 'description' } as const;

describe('planting payloads', () => {
  it('reaches every text field of the inputs, rich-text nodes and localized strings included', () => {
    const { planted } = plantPayloads(CreateArticleInputSchema, articleInput, payloads);
    const pointers = planted.map((p) => p.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '#/translations/en/headline',
        '#/translations/en/lead',
        '#/translations/en/body/content/0/content/0/text',
        '#/translations/en/body/content/2/attrs/attribution',
        '#/dateline/place/en',
        '#/dateline/agency/en',
      ]),
    );
    expect(pointers).not.toContain('#/section'); // a slug takes none of them
  });

  it('leaves no way to store a javascript: link, an unknown attribute or a raw HTML node in a body', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example']) {
      const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }] };
      expect(RichTextSchema.safeParse(doc).success, href).toBe(false);
    }
    expect(RichTextSchema.safeParse({ type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [] }] }).success).toBe(false);
    expect(RichTextSchema.safeParse({ type: 'doc', content: [{ type: 'html', content: '<script>alert(1)</script>' }] }).success).toBe(false);
  });
});

describeEachDatabase('stored XSS payloads in every field', (dialect) => {
  const testApp = useTestApp(dialect, { PUBLIC_API_URL: 'https://portal.example' });
  const get = (path: string) => request(testApp.app).get(`/api/v1${path}`);
  const planted = { article: [] as PlantedField[], event: [] as PlantedField[], site: [] as PlantedField[] };
  const slugs = { article: '', event: '', site: '' };

  beforeAll(async () => {
    const { articles, events, sites, sections } = testApp.stores;
    await sections.create({ slug: 'news', name: { en: 'News' } });
    const article = plantPayloads(CreateArticleInputSchema, articleInput, payloads);
    const event = plantPayloads(CreateEventInputSchema, eventInput, payloads);
    const site = plantPayloads(CreateSiteInputSchema, siteInput, payloads);
    Object.assign(planted, { article: article.planted, event: event.planted, site: site.planted });
    // Through the HTTP API, as an editor would send them.
    const created = {
      article: await request(testApp.staffApp).post('/api/v1/articles').send(article.input),
      event: await request(testApp.staffApp).post('/api/v1/events').send(event.input),
      site: await request(testApp.staffApp).post('/api/v1/sites').send(site.input),
    };
    for (const [kind, res] of Object.entries(created)) expect(res.status, `${kind}: ${JSON.stringify(res.body)}`).toBe(201);
    const publish = { status: 'published', locales: { en: 'published' } } as const;
    slugs.article = (await articles.changeWorkflow((created.article.body as { id: string }).id, publish)).slug;
    slugs.event = (await events.changeWorkflow((created.event.body as { id: string }).id, publish)).slug;
    slugs.site = (await sites.changeWorkflow((created.site.body as { id: string }).id, publish)).slug;
  });

  it('plants payloads in the text fields of articles, events and places', () => {
    expect(planted.article.length).toBeGreaterThanOrEqual(10);
    expect(planted.event.length).toBeGreaterThanOrEqual(10);
    expect(planted.site.length).toBeGreaterThanOrEqual(10);
  });

  for (const [kind, path] of [['article', 'articles'], ['event', 'events'], ['site', 'sites']] as const) {
    it(`serves a published ${kind} as JSON that browsers will not sniff as HTML, every payload exactly as written`, async () => {
      const res = await get(`/${path}/${slugs[kind]}?locale=en`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      for (const field of planted[kind]) expect(valueAt(res.body, field.pointer), field.pointer).toBe(field.value);
    });

    it(`renders the ${kind}'s stored body to HTML with no element, attribute or URL the allowlist did not write`, async () => {
      const res = await get(`/${path}/${slugs[kind]}?locale=en`);
      const body = (res.body as { translations: { en: Record<string, RichText> } }).translations.en[bodyPointers[kind]] as RichText;
      expectInert(richTextToHtml(body, { siteOrigin: 'https://portal.example' }), planted[kind]);
    });
  }

  it('keeps every payload inside its iCalendar property: one event, its summary the text as written', async () => {
    for (const path of [`/events/${slugs.event}.ics?locale=en`, '/events.ics?from=2036-06-01T00:00:00Z&to=2036-07-01T00:00:00Z&locale=en']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      const { entries } = readCalendar(res.text);
      expect(entries).toHaveLength(1);
      // iCalendar has one line break, \n; a CRLF inside text comes back as it.
      expect(entries[0]?.summary).toBe(plantedValue(planted.event, '#/translations/en/title').replace(/\r\n?/g, '\n'));
      expect(res.text).not.toMatch(/^SUMMARY:forged/m);
    }
  });

  it('writes CSV cells a spreadsheet reads as text, never as a formula', async () => {
    for (const path of ['/events.csv?from=2036-06-01T00:00:00Z&to=2036-07-01T00:00:00Z&locale=en', '/sites.csv?locale=en']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      const cells = parseCsv(res.text).flat();
      expect(cells.length).toBeGreaterThan(2);
      for (const cell of cells) expect(cell, `${path}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
      expect(cells.some((cell) => cell.includes('<script>alert(1)</script>'))).toBe(true);
    }
  });

  it('serves places as GeoJSON whose names are JSON strings, exactly as written', async () => {
    const res = await get('/sites.geojson?locale=en');
    expect(res.status).toBe(200);
    const { features } = JSON.parse(res.text) as { features: { properties: { name: string } }[] };
    expect(features.map((f) => f.properties.name)).toContain(plantedValue(planted.site, '#/translations/en/name'));
  });

  it('answers search with titles as written and snippets as plain-text parts, never as markup to trust', async () => {
    const res = await get('/search?q=alert&locale=en');
    expect(res.status).toBe(200);
    const hits = (res.body as { items: { title: string; snippet: { text: string; match: boolean }[] }[] }).items;
    expect(hits.map((hit) => hit.title)).toContain(plantedValue(planted.article, '#/translations/en/headline'));
    for (const part of hits.flatMap((hit) => hit.snippet)) expect(Object.keys(part).sort()).toEqual(['match', 'text']);
  });
});
