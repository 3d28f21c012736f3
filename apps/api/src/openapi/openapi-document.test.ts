import { type RouteContract, routes } from '@kraina/core';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createContractTestApp } from '../contract/contract-test-app.js';
import { buildOpenApiDocument } from './openapi-document.js';
import type { Operation, OperationMethod, Parameter, Reference, ResponseObject } from './openapi-types.js';
import { refsIn } from './schema-components.js';

const document = buildOpenApiDocument({ routes, serverUrl: 'https://portal.example/', version: '1.2.3' });
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  (Object.entries(item) as [OperationMethod, Operation][]).map(([method, operation]) => ({ path, method, operation })),
);
const operation = (id: string) => {
  const found = operations.find((o) => o.operation.operationId === id);
  if (!found) throw new Error(`No operation ${id}`);
  return found.operation;
};
const inlineParameters = (op: Operation) => (op.parameters ?? []).filter((p): p is Parameter => !('$ref' in p));
const resolveJsonPointer = (pointer: string): unknown =>
  pointer
    .slice(2)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(document)) as Record<string, unknown>);
    expect(validator.version).toBe('3.1');
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has every operation of the route table, at its path, with its method', () => {
    for (const [name, route] of Object.entries(routes) as [string, RouteContract][]) {
      const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
      expect(document.paths[path]?.[route.method.toLowerCase() as OperationMethod]?.operationId, name).toBe(name);
    }
    expect(operations).toHaveLength(Object.keys(routes).length);
  });

  it('documents every route the server mounts, and nothing more', () => {
    const { mounted } = createContractTestApp();
    const served = document.servers[0]?.url.replace('https://portal.example', '') ?? '';
    const documented = operations.map(({ path, method }) => `${method.toUpperCase()} ${served}${path.replace(/\{(\w+)\}/g, ':$1')}`);
    expect(documented.sort()).toEqual(mounted.map(({ method, path }) => `${method} ${path}`).sort());
  });

  it('serves under /api/v1 of the given origin', () => {
    expect(document.servers).toEqual([{ url: 'https://portal.example/api/v1' }]);
    expect(buildOpenApiDocument({ routes, version: '1' }).servers).toEqual([{ url: '/api/v1' }]);
  });

  it('resolves every $ref it contains', () => {
    for (const ref of new Set(refsIn(document))) expect(resolveJsonPointer(ref), ref).toBeDefined();
  });

  it('keeps no schema nothing refers to', () => {
    const referred = new Set(refsIn(document).map((ref) => ref.replace('#/components/schemas/', '')));
    for (const name of Object.keys(document.components.schemas)) expect(referred.has(name), name).toBe(true);
  });

  it('refers to models by name in components.schemas', () => {
    const body = operation('createArticle').requestBody?.content['application/json']?.schema;
    expect(body).toEqual({ $ref: '#/components/schemas/CreateArticleInput' });
    expect(operation('getArticle').responses['200']).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/ArticleView' } } } });
    expect(document.components.schemas.Slug).toMatchObject({ type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' });
  });

  it('names the input form of a model apart when a caller may leave out what the API always sends', () => {
    const { schemas } = document.components;
    expect(schemas.Related?.required).toEqual(['articles', 'events', 'sites']);
    expect(schemas.RelatedInput?.required).toBeUndefined();
    expect(JSON.stringify(schemas.CreateArticleInput)).toContain('#/components/schemas/RelatedInput');
    expect(JSON.stringify(schemas.Article)).toContain('#/components/schemas/Related"');
  });

  it('spreads each query schema into query parameters, required only when the schema says so', () => {
    const parameters = inlineParameters(operation('search'));
    expect(parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ['q', 'query', true],
      ['type', 'query', false],
      ['locale', 'query', false],
      ['cursor', 'query', false],
      ['limit', 'query', false],
    ]);
    expect(parameters.find((p) => p.name === 'limit')?.schema).toMatchObject({ type: 'integer', default: 20, maximum: 100 });
  });

  it('carries a schema description over to its parameter', () => {
    const radius = inlineParameters(operation('listSites')).find((p) => p.name === 'radius');
    expect(radius?.description).toBe('Metres from "near"');
  });

  it('lists path parameters as required, with their schema', () => {
    const [id, ...others] = inlineParameters(operation('updateArticle'));
    expect(others).toEqual([]);
    expect(id).toMatchObject({ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } });
    expect(inlineParameters(operation('getSite'))[0]).toEqual({ name: 'slug', in: 'path', required: true, schema: { $ref: '#/components/schemas/Slug' } });
  });

  it('documents every error as application/problem+json with the Problem schema', () => {
    for (const [name, response] of Object.entries(document.components.responses)) {
      if (name === 'NotModified') continue;
      expect(response.content, name).toEqual({ 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } });
    }
    expect(document.components.schemas.Problem?.required).toEqual(['type', 'title', 'status', 'code']);
  });

  it('documents the errors each kind of route can answer', () => {
    const statuses = (id: string) => Object.keys(operation(id).responses);
    expect(statuses('listArticles')).toEqual(['200', '304', '400', '422', '429', '500', '503']);
    expect(statuses('getArticle')).toEqual(['200', '301', '304', '400', '404', '422', '429', '500', '503']);
    expect(statuses('createArticle')).toEqual(['201', '400', '401', '403', '409', '413', '415', '422', '429', '500', '503']);
    expect(statuses('updateArticle')).toEqual(['200', '400', '401', '403', '404', '409', '412', '413', '415', '422', '428', '429', '500', '503']);
    expect(statuses('deleteArticle')).toEqual(['204', '400', '401', '403', '404', '409', '422', '429', '500', '503']);
  });

  it('documents 412 on every change that names its base version, and 428 where the version is required', () => {
    const statuses = (id: string) => Object.keys(operation(id).responses);
    // A workflow move may leave out the version (the last writer's move then applies); a restore may not.
    expect(statuses('changeArticleWorkflow')).toContain('412');
    expect(statuses('changeArticleWorkflow')).not.toContain('428');
    expect(statuses('restoreEventRevision')).toEqual(expect.arrayContaining(['412', '428']));
    expect(statuses('confirmSiteTranslation')).toEqual(expect.arrayContaining(['412', '428']));
    expect(operation('changeSiteWorkflow').parameters).toContainEqual({ $ref: '#/components/parameters/IfMatch' });
    expect(statuses('createArticle')).not.toContain('412');
  });

  it("documents sign-in's 401s and the 301 of a withdrawn item's replaced page", () => {
    const unauthorised = operation('signIn').responses['401'] as ResponseObject;
    expect(unauthorised.description).toContain('`unauthenticated`');
    expect(unauthorised.description).toContain('`two-factor-required`');
    expect(unauthorised.content).toEqual({ 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } });
    expect(operation('getSite').responses['301']).toMatchObject({ headers: { Location: { $ref: '#/components/headers/Location' } } });
  });

  it('sends ETag and Cache-Control on public reads, and takes If-None-Match', () => {
    const op = operation('listEvents');
    expect(op.responses['200']).toMatchObject({ headers: { ETag: { $ref: '#/components/headers/ETag' } } });
    expect(op.parameters).toContainEqual({ $ref: '#/components/parameters/IfNoneMatch' } satisfies Reference);
    expect(operation('updateEvent').parameters).toContainEqual({ $ref: '#/components/parameters/IfMatch' });
  });

  it('asks routes that need a permission, and only them, for a session or a token, naming the roles and scopes allowed', () => {
    for (const { operation: op } of operations) {
      const route = routes[op.operationId as keyof typeof routes] as RouteContract;
      if (route.access === 'public') expect(op.security, op.operationId).toBeUndefined();
      else expect(op.security?.[0]?.staffSession, op.operationId).toContain('admin');
    }
    expect(operation('createArticle').security).toEqual([{ staffSession: ['admin', 'editor', 'author'] }, { apiToken: ['content:write'] }]);
    expect(operation('updateArticle').security).toEqual([
      { staffSession: ['admin', 'editor', 'author', 'translator'] },
      { apiToken: ['content:write', 'translations:write'] },
    ]);
    expect(operation('updateArticle').description).toBe('Needs the permission `content:write` or `content:write-own` or `translations:write`.');
    // No token may manage accounts or tokens, so those operations offer no token alternative.
    expect(operation('createUser').security).toEqual([{ staffSession: ['admin'] }]);
    expect(operation('getSession').security).toEqual([{ staffSession: ['admin', 'editor', 'author', 'translator'] }]);
    expect(document.components.securitySchemes).toMatchObject({
      staffSession: { type: 'apiKey', in: 'cookie', name: 'kraina_session' },
      apiToken: { type: 'http', scheme: 'bearer' },
    });
  });

  it('documents each download in the media type it is served in, with its schema and file name', () => {
    const ok = (id: string) => operation(id).responses['200'];
    expect(ok('downloadSitesGeoJson')).toMatchObject({
      headers: { 'Content-Disposition': { $ref: '#/components/headers/ContentDisposition' } },
      content: { 'application/geo+json': { schema: { $ref: '#/components/schemas/PlaceFeatureCollection' } } },
    });
    expect(document.components.schemas.PlaceFeatureCollection).toMatchObject({ type: 'object', required: ['type', 'features'] });
    expect(ok('downloadSitesCsv')).toMatchObject({ content: { 'text/csv; charset=utf-8': { schema: { type: 'string' } } } });
    expect(ok('downloadEventsCsv')).toMatchObject({ content: { 'text/csv; charset=utf-8': { schema: { type: 'string' } } } });
    expect(ok('downloadEventsICalendar')).toMatchObject({ content: { 'text/calendar; charset=utf-8': { schema: { type: 'string' } } } });
    expect(ok('getEventICalendar')).toMatchObject({ content: { 'text/calendar; charset=utf-8': { schema: { type: 'string' } } } });
    expect(document.paths['/events/{slug}.ics']?.get?.operationId).toBe('getEventICalendar');
    expect(inlineParameters(operation('downloadEventsCsv')).map((p) => p.name)).toEqual(['from', 'to', 'category', 'city', 'region', 'eventStatus', 'locale']);
    expect(ok('listSites')).not.toHaveProperty(['headers', 'Content-Disposition']);
  });

  it('tags each operation with its route tag and lists each tag once', () => {
    expect(document.tags.map((t) => t.name)).toEqual(['articles', 'events', 'sites', 'sections', 'auth', 'users', 'tokens', 'audit', 'previews', 'alerts', 'redirects', 'media', 'search', 'content', 'editorial']);
    expect(operation('countEventsByDay').tags).toEqual(['events']);
  });

  it('says which version of the API it describes', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: 'Kraina API', version: '1.2.3', license: { identifier: 'Apache-2.0' } });
  });

  it('refuses a query schema that is not an object, since it cannot be spread into parameters', () => {
    const odd: Record<string, RouteContract> = {
      odd: { method: 'GET', path: '/odd', tag: 'odd', access: 'public', summary: 'Odd', query: z.string(), response: z.string() },
    };
    expect(() => buildOpenApiDocument({ routes: odd, version: '1' })).toThrow(/must be objects/);
  });
});
