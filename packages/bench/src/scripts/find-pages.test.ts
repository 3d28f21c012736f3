import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPages, pageType } from './find-pages.js';

// A site whose news list links to two articles (one twice, one through an absolute same-site URL), a day archive,
// an article on another site and the list's own feed, and whose events list does not exist.
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url !== '/en/news/') {
      res.writeHead(404).end();
      return;
    }
    const site = `http://${req.headers.host}`;
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!DOCTYPE html><html><body>
      <a href="/en/news/archive/2026/11/27">27</a>
      <a href='/en/news/economy/harvest-record'>Harvest</a>
      <a href="https://elsewhere.example/en/news/economy/not-ours">Elsewhere</a>
      <a href="${site}/en/news/sport/hockey-final#comments">Hockey</a>
      <a href="/en/news/economy/harvest-record">Harvest again</a>
      <a href="/en/news/economy/feed.xml">Feed</a>
    </body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('findPages', () => {
  it("finds articles by following the list's links, in order, once each, on this site only, feeds left out", async () => {
    const found = await findPages(url, pageType('Article'), 5);
    expect(found.map((f) => f.path)).toEqual(['/en/news/economy/harvest-record', '/en/news/sport/hockey-final']);
  });

  it('finds a day archive, which no article pattern may take', async () => {
    expect(await findPages(url, pageType('Day archive'))).toEqual([{ name: 'Day archive', path: '/en/news/archive/2026/11/27' }]);
  });

  it('says where it looked when no page links to the type', async () => {
    expect(await findPages(url, pageType('Event'))).toEqual([{ name: 'Event', missing: 'no link to one on /en/events/ or /en/' }]);
  });

  it('refuses a page type that does not exist', () => {
    expect(() => pageType('Forum')).toThrow('No page type "Forum"');
  });
});
