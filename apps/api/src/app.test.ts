import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { useTestApp } from './test-app.js';

const testApp = useTestApp('sqlite');

describe('GET /api/health', () => {
  it('answers with the service name and version as JSON', async () => {
    const res = await request(testApp.app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json');
    expect(res.body).toEqual({ status: 'ok', service: 'api', version });
  });

  it('is never cached, so a probe sees the process as it is now', async () => {
    const res = await request(testApp.app).get('/api/health');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('sends the security headers and hides the framework', async () => {
    const res = await request(testApp.app).get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('an unknown route', () => {
  it('answers 404 with an RFC 9457 problem naming the method and path', async () => {
    const res = await request(testApp.app).get('/api/v1/nothing-here?draft=1');
    expect(res.status).toBe(404);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toEqual({
      type: 'https://kraina.dev/problems/not-found',
      title: 'Nothing is published at this address',
      status: 404,
      detail: 'Nothing answers GET /api/v1/nothing-here',
      instance: '/api/v1/nothing-here?draft=1',
      code: 'not-found',
    });
  });

  it('answers 404, not 405, for a method no route accepts', async () => {
    const res = await request(testApp.app).delete('/api/health');
    expect(res.status).toBe(404);
    expect(res.type).toBe('application/problem+json');
  });
});
