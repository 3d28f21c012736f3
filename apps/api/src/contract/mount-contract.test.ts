import { ProblemSchema, routes } from '@kraina/core';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { authenticateEditor, createContractTestApp, editor, stubHandlers } from './contract-test-app.js';

const someId = '0b8e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
const validSection = { slug: 'business', name: { en: 'Business' } };
// Every error body must be a Problem; reading it through the schema checks that as well.
const problemOf = (res: { body: unknown }) => ProblemSchema.parse(res.body);
const pointersOf = (res: { body: unknown }) => (problemOf(res).errors ?? []).map((e) => e.pointer).sort();

describe('mounting the contract', () => {
  it('mounts every operation of the route table under /api/v1 with its method', () => {
    const { mounted } = createContractTestApp();
    expect(mounted.map((m) => m.name).sort()).toEqual(Object.keys(routes).sort());
    for (const { name, method, path } of mounted) {
      expect(method).toBe(routes[name].method);
      expect(path).toBe(`/api/v1${routes[name].path}`);
    }
  });

  it('hands the handler the validated query, with defaults applied and strings coerced', async () => {
    const { handlers, calls } = stubHandlers();
    const { app } = createContractTestApp({ handlers });
    const res = await request(app).get('/api/v1/articles?section=business&page=3');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ operation: 'listArticles' });
    expect(calls[0]?.context.query).toEqual({ section: 'business', page: 3, limit: 20 });
    expect(calls[0]?.context.staff).toBeNull();
  });

  it('hands the handler the decoded path parameters', async () => {
    const { handlers, calls } = stubHandlers();
    const { app } = createContractTestApp({ handlers });
    await request(app).get('/api/v1/sites/mir-castle-complex').expect(200);
    expect(calls[0]?.context.params).toEqual({ slug: 'mir-castle-complex' });
  });
});

describe('validating requests', () => {
  const { app } = createContractTestApp({ authenticate: authenticateEditor });

  it('answers 422 naming each invalid query field as #/query/…', async () => {
    const res = await request(app).get('/api/v1/articles?limit=0&day=2026-02-30');
    expect(res.status).toBe(422);
    expect(res.type).toBe('application/problem+json');
    expect(pointersOf(res)).toEqual(['#/query/day', '#/query/limit']);
  });

  it('rejects an unknown query parameter by name instead of ignoring it', async () => {
    const res = await request(app).get('/api/v1/articles?limt=5');
    expect(res.status).toBe(422);
    expect(problemOf(res).errors).toEqual([{ pointer: '#/query/limt', detail: 'Unknown field' }]);
  });

  it('rejects query parameters on a route that takes none', async () => {
    const res = await request(app).get('/api/v1/sections?draft=1');
    expect(res.status).toBe(422);
    expect(pointersOf(res)).toEqual(['#/query/draft']);
  });

  it('answers 422 at #/params/… for a path parameter of the wrong form', async () => {
    const bySlug = await request(app).get('/api/v1/articles/Not_A_Slug');
    expect(bySlug.status).toBe(422);
    expect(pointersOf(bySlug)).toEqual(['#/params/slug']);
    const byId = await request(app).delete('/api/v1/articles/42');
    expect(byId.status).toBe(422);
    expect(pointersOf(byId)).toEqual(['#/params/id']);
  });

  it('answers 422 naming each invalid body field as #/body/…, unknown ones included', async () => {
    const res = await request(app).post('/api/v1/sections').send({ slug: 'Not A Slug', name: { en: 'Business' }, id: someId });
    expect(res.status).toBe(422);
    expect(pointersOf(res)).toEqual(['#/body/id', '#/body/slug']);
  });

  it('points at #/body itself when a body route gets no body', async () => {
    const res = await request(app).post('/api/v1/sections');
    expect(res.status).toBe(422);
    expect(pointersOf(res)).toEqual(['#/body']);
  });

  it('names the invalid fields of every part in one answer', async () => {
    const res = await request(app).patch('/api/v1/sections/42?x=1').send({ position: -1 });
    expect(res.status).toBe(422);
    expect(pointersOf(res)).toEqual(['#/body/position', '#/params/id', '#/query/x']);
  });

  it('does not call the handler when the request is invalid', async () => {
    const { handlers, calls } = stubHandlers();
    const { app: counted } = createContractTestApp({ handlers });
    await request(counted).get('/api/v1/search').expect(422);
    expect(calls).toEqual([]);
  });
});

describe('staff routes', () => {
  it('answers 401 to an anonymous caller without calling the handler', async () => {
    const { handlers, calls } = stubHandlers();
    const { app } = createContractTestApp({ handlers });
    const res = await request(app).post('/api/v1/sections').send(validSection);
    expect(res.status).toBe(401);
    expect(res.type).toBe('application/problem+json');
    expect(problemOf(res).code).toBe('unauthenticated');
    expect(res.headers['www-authenticate']).toContain('Bearer');
    expect(calls).toEqual([]);
  });

  it('refuses an anonymous write before reading its body, so a malformed one also gets 401', async () => {
    const { app } = createContractTestApp();
    const res = await request(app).post('/api/v1/articles').set('Content-Type', 'application/json').send('{"headline":');
    expect(res.status).toBe(401);
  });

  it('gives the signed-in member of staff to the handler and answers with the route status', async () => {
    const { handlers, calls } = stubHandlers();
    const { app } = createContractTestApp({ handlers, authenticate: authenticateEditor });
    const res = await request(app).post('/api/v1/sections').send(validSection);
    expect(res.status).toBe(201);
    expect(calls[0]?.context.staff).toEqual(editor);
    expect(calls[0]?.context.body).toEqual({ ...validSection, parent: null, description: {}, position: 0 });
  });

  it('answers 204 with no body for a deletion', async () => {
    const { app } = createContractTestApp({ authenticate: authenticateEditor });
    const res = await request(app).delete(`/api/v1/sections/${someId}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
  });

  it('marks whatever staff see private and unstorable, public reads included', async () => {
    const { app } = createContractTestApp({ authenticate: authenticateEditor });
    const read = await request(app).get('/api/v1/sections');
    expect(read.headers['cache-control']).toBe('private, no-store');
    const write = await request(app).post('/api/v1/sections').send(validSection);
    expect(write.headers['cache-control']).toBe('private, no-store');
  });
});

describe('methods an address does not accept', () => {
  const { app } = createContractTestApp();

  it('answers 405 with the methods it does accept in Allow', async () => {
    const res = await request(app).put('/api/v1/articles');
    expect(res.status).toBe(405);
    expect(res.type).toBe('application/problem+json');
    expect(problemOf(res).code).toBe('method-not-allowed');
    expect(res.headers.allow).toBe('GET, HEAD, POST');
  });

  it('lists every method of an address whose routes name their parameter differently', async () => {
    const res = await request(app).post('/api/v1/articles/some-slug');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD, PATCH, DELETE');
  });

  it('still answers 404 for an address nothing serves', async () => {
    const res = await request(app).get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
  });
});

describe('choosing the locale', () => {
  const localeOf = async (path: string, acceptLanguage?: string) => {
    const { handlers, calls } = stubHandlers();
    const { app } = createContractTestApp({ handlers });
    const req = request(app).get(path);
    if (acceptLanguage !== undefined) req.set('Accept-Language', acceptLanguage);
    await req.expect(200);
    return calls[0]?.context.locale;
  };

  it('takes ?locale= over Accept-Language', async () => {
    expect(await localeOf('/api/v1/articles?locale=be', 'ru')).toBe('be');
  });

  it('negotiates Accept-Language when no locale is named', async () => {
    expect(await localeOf('/api/v1/articles', 'de-DE, ru-RU;q=0.8, en;q=0.5')).toBe('ru');
  });

  it('falls back to the default locale when nothing matches', async () => {
    expect(await localeOf('/api/v1/sections', 'de')).toBe('en');
    expect(await localeOf('/api/v1/sections')).toBe('en');
  });

  it('serves a regional tag in its language', async () => {
    expect(await localeOf('/api/v1/articles?locale=be-BY')).toBe('be');
  });

  it('answers 422 at #/query/locale for a locale the portal does not serve', async () => {
    const { app } = createContractTestApp();
    const res = await request(app).get('/api/v1/articles?locale=de');
    expect(res.status).toBe(422);
    expect(problemOf(res).errors).toEqual([{ pointer: '#/query/locale', detail: 'Must be one of: en, ru, be' }]);
  });
});

describe('caching public reads', () => {
  const { app } = createContractTestApp();

  it('sends an ETag and a short public Cache-Control, varying by language', async () => {
    const res = await request(app).get('/api/v1/sections');
    expect(res.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(res.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300, stale-if-error=86400');
    expect(res.headers.vary).toContain('Accept-Language');
  });

  it('answers 304 with no body when If-None-Match names the current ETag', async () => {
    const first = await request(app).get('/api/v1/sections');
    const again = await request(app).get('/api/v1/sections').set('If-None-Match', first.headers.etag ?? '');
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('answers 200 when If-None-Match names another ETag', async () => {
    const res = await request(app).get('/api/v1/sections').set('If-None-Match', 'W/"something-older"');
    expect(res.status).toBe(200);
  });

  it('answers HEAD like GET, with the headers and no body', async () => {
    const get = await request(app).get('/api/v1/sections');
    const head = await request(app).head('/api/v1/sections');
    expect(head.status).toBe(200);
    expect(head.text).toBeUndefined();
    expect(head.headers.etag).toBe(get.headers.etag);
  });

  it('never lets a cache keep an error', async () => {
    const res = await request(app).get('/api/v1/articles?limit=0');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('checking responses against the contract', () => {
  it('answers 500 when a handler returns a body that breaks the contract', async () => {
    const { handlers } = stubHandlers({ listSections: () => ({ items: 'none' }) as never });
    const { app } = createContractTestApp({ handlers, validateResponses: true });
    const res = await request(app).get('/api/v1/sections');
    expect(res.status).toBe(500);
    expect(problemOf(res).code).toBe('internal');
  });

  it('sends a body that follows the contract as the handler returned it', async () => {
    const { handlers } = stubHandlers({ listSections: () => ({ items: [] }) });
    const { app } = createContractTestApp({ handlers, validateResponses: true });
    const res = await request(app).get('/api/v1/sections');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [] });
  });
});

describe('body problems on a body route', () => {
  const { app } = createContractTestApp({ authenticate: authenticateEditor, bodyLimitBytes: 1024 });

  it('answers 400 malformed-request for malformed JSON', async () => {
    const res = await request(app).post('/api/v1/sections').set('Content-Type', 'application/json').send('{"slug": "business",');
    expect(res.status).toBe(400);
    expect(res.type).toBe('application/problem+json');
    expect(problemOf(res).code).toBe('malformed-request');
  });

  it('answers 413 payload-too-large for a body over the limit', async () => {
    const res = await request(app).post('/api/v1/sections').send({ ...validSection, name: { en: 'x'.repeat(2048) } });
    expect(res.status).toBe(413);
    expect(problemOf(res).code).toBe('payload-too-large');
  });

  it('answers 415 unsupported-media-type for a body that is not JSON', async () => {
    const res = await request(app).post('/api/v1/sections').set('Content-Type', 'text/plain').send('slug=business');
    expect(res.status).toBe(415);
    expect(problemOf(res).code).toBe('unsupported-media-type');
  });
});

describe('CORS', () => {
  const { app } = createContractTestApp({ corsOrigins: ['http://localhost:3001'] });

  it('lets the configured admin origin read answers with its cookies', async () => {
    const res = await request(app).get('/api/v1/sections').set('Origin', 'http://localhost:3001');
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:3001');
    expect(res.headers['access-control-allow-credentials']).toBe('true');
  });

  it('gives any other origin no CORS headers', async () => {
    const res = await request(app).get('/api/v1/sections').set('Origin', 'https://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers the preflight of a configured origin for a write', async () => {
    const res = await request(app)
      .options('/api/v1/sections')
      .set('Origin', 'http://localhost:3001')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type, if-match');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']).toContain('If-Match');
  });
});
