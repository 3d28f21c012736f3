import { routes } from '@kraina/core';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi-document.js';
import { openApiRoutes } from './openapi-routes.js';

const document = buildOpenApiDocument({ routes, version: '1.2.3' });
const app = express();
app.set('etag', false);
app.use(openApiRoutes(document));

describe('GET /api/openapi.json', () => {
  it('answers the OpenAPI document as JSON', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json');
    expect(res.body).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('is cacheable and answers 304 to a caller holding the current copy', async () => {
    const first = await request(app).get('/api/openapi.json');
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    const again = await request(app).get('/api/openapi.json').set('If-None-Match', first.headers.etag ?? '');
    expect(again.status).toBe(304);
  });
});

describe('GET /api/docs', () => {
  it('answers the reference page as HTML', async () => {
    const res = await request(app).get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('<html lang="en">');
    expect(res.headers.etag).toBeDefined();
    expect(res.headers['cache-control']).toMatch(/^public/);
  });
});
