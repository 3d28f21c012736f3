import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../errors/app-error.js';
import { AppError } from '../errors/app-error.js';
import { toProblem } from '../errors/problem.js';
import { publishedArticle } from '../testing/article-fixture.js';
import { createClient } from './create-client.js';

// A real HTTP server on loopback, so the client is tested over the wire exactly as other teams use it.
const seen: { method?: string; url?: string; headers?: IncomingMessage['headers']; body?: string }[] = [];
const article = publishedArticle();

function answer(req: IncomingMessage, res: ServerResponse, body: string): void {
  seen.push({ method: req.method, url: req.url, headers: req.headers, body });
  const send = (status: number, type: string, payload: string): void => {
    res.writeHead(status, { 'content-type': type }).end(payload);
  };
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === `/api/v1/articles/${article.slug}`) return send(200, 'application/json', JSON.stringify({ ...article, servedLocale: 'en' }));
  if (url.pathname === '/api/v1/articles/drifted') return send(200, 'application/json', JSON.stringify({ ...article, servedLocale: 'en', slug: 'Not A Slug' }));
  if (url.pathname === '/api/v1/articles/behind-proxy') return send(502, 'text/html', '<html><h1>502 Bad Gateway</h1></html>');
  if (url.pathname === `/api/v1/articles/${article.id}` && req.method === 'PATCH') {
    return send(412, 'application/problem+json', JSON.stringify(toProblem(new AppError('version-conflict', 'Version 4 was saved first'))));
  }
  if (url.pathname === `/api/v1/articles/${article.id}` && req.method === 'DELETE') return void res.writeHead(204).end();
  if (url.pathname === '/api/v1/articles') {
    return send(200, 'application/json', JSON.stringify({ items: [], nextCursor: null, page: 2, total: 0, totalPages: 0 }));
  }
  return send(404, 'application/problem+json', JSON.stringify(toProblem(new AppError('not-found', 'No article "missing"'))));
}

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => answer(req, res, body));
});
let baseUrl = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the typed client', () => {
  it('reads an article by slug and checks it against the contract', async () => {
    const client = createClient({ baseUrl, token: 'kr_test_token' });
    const view = await client.getArticle({ params: { slug: article.slug }, query: { locale: 'en' } });
    expect(view.translations.en?.headline).toBe(article.translations.en?.headline);
    expect(view.servedLocale).toBe('en');
    const request = seen.at(-1);
    expect(request?.url).toBe(`/api/v1/articles/${article.slug}?locale=en`);
    expect(request?.headers?.authorization).toBe('Bearer kr_test_token');
  });

  it('sends list filters as query parameters, leaving out the ones not given', async () => {
    const client = createClient({ baseUrl });
    const page = await client.listArticles({ query: { section: 'business', page: 2, tag: undefined } });
    expect(page.page).toBe(2);
    expect(seen.at(-1)?.url).toBe('/api/v1/articles?section=business&page=2');
  });

  it('sends the base version as If-Match and turns 412 into a version-conflict error', async () => {
    const client = createClient({ baseUrl: `${baseUrl}/` });
    const error = await client.updateArticle({ params: { id: article.id }, body: { tags: ['forum'] }, ifMatch: 3 }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('version-conflict');
    expect(seen.at(-1)?.headers?.['if-match']).toBe('"3"');
    expect(JSON.parse(seen.at(-1)?.body ?? '{}')).toEqual({ tags: ['forum'] });
  });

  it('sends the session CSRF token with changes only, reading it on each call, and the credentials mode asked for', async () => {
    let token = 'csrf-one';
    const passed: RequestInit[] = [];
    const client = createClient({
      baseUrl,
      credentials: 'include',
      csrfToken: () => token,
      fetch: (url, init) => {
        passed.push(init ?? {});
        return fetch(url, init);
      },
    });
    await client.listArticles({ query: { section: 'business' } });
    expect(seen.at(-1)?.headers?.['x-csrf-token']).toBeUndefined();
    await client.deleteArticle({ params: { id: article.id } });
    expect(seen.at(-1)?.headers?.['x-csrf-token']).toBe('csrf-one');
    token = 'csrf-two';
    await client.deleteArticle({ params: { id: article.id } });
    expect(seen.at(-1)?.headers?.['x-csrf-token']).toBe('csrf-two');
    expect(passed.map((init) => init.credentials)).toEqual(['include', 'include', 'include']);
  });

  it('resolves a 204 delete with nothing', async () => {
    await expect(createClient({ baseUrl }).deleteArticle({ params: { id: article.id } })).resolves.toBeUndefined();
  });

  it('turns a problem+json 404 into a not-found error with its detail', async () => {
    const error = await createClient({ baseUrl }).getArticle({ params: { slug: 'missing' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'not-found', message: 'No article "missing"' });
  });

  it("turns a proxy's HTML error page into a typed error, never an unknown one", async () => {
    const error = await createClient({ baseUrl }).getArticle({ params: { slug: 'behind-proxy' } }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('unavailable');
  });

  it('refuses an answer that breaks the contract, naming the field', async () => {
    const error = await createClient({ baseUrl }).getArticle({ params: { slug: 'drifted' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'internal', issues: [{ pointer: '#/slug' }] });
  });

  it('reports an unreachable API as unavailable', async () => {
    const error = await createClient({ baseUrl: 'http://127.0.0.1:9' }).listSections().catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('unavailable');
  });

  it('encodes path parameters as one segment, so a crafted slug cannot reach another route', async () => {
    await createClient({ baseUrl }).getArticle({ params: { slug: '../users' } }).catch(() => undefined);
    expect(seen.at(-1)?.url).toBe('/api/v1/articles/..%2Fusers');
  });
});
