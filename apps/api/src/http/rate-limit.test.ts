import { randomUUID } from 'node:crypto';
import express from 'express';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWithRedis, testRedisUrl } from '../test-redis.js';
import { answerProblems } from './problem-handlers.js';
import { type RateLimitOptions, limitRequestRate } from './rate-limit.js';

/** An app that answers 200 behind the limiter, with the API's problem handler, and trusts X-Forwarded-For. */
function limitedApp(options: RateLimitOptions) {
  const app = express();
  app.set('trust proxy', true);
  app.use(limitRequestRate(options));
  app.get('/', (_req, res) => void res.json({ ok: true }));
  app.use(answerProblems(pino({ enabled: false })));
  return app;
}

const from = (address: string) => ({ 'X-Forwarded-For': address });

describe('limitRequestRate', () => {
  it('answers 429 problem+json with Retry-After once an address has used its minute, and counts each address alone', async () => {
    const app = limitedApp({ perMinute: 3, exempt: [] });
    for (let i = 0; i < 3; i += 1) {
      const res = await request(app).get('/').set(from('198.51.100.1'));
      expect(res.status).toBe(200);
      expect(res.headers['ratelimit-remaining']).toBe(String(2 - i));
    }
    const refused = await request(app).get('/').set(from('198.51.100.1'));
    expect(refused.status).toBe(429);
    expect(refused.type).toBe('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'rate-limited', status: 429 });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await request(app).get('/').set(from('198.51.100.2'))).status).toBe(200);
  });

  it('never counts an exempt address, and a limit of 0 counts nobody', async () => {
    const exempted = limitedApp({ perMinute: 1, exempt: ['203.0.113.9'] });
    for (let i = 0; i < 5; i += 1) expect((await request(exempted).get('/').set(from('203.0.113.9'))).status).toBe(200);
    const open = limitedApp({ perMinute: 0, exempt: [] });
    for (let i = 0; i < 5; i += 1) expect((await request(open).get('/').set(from('198.51.100.3'))).status).toBe(200);
  });

  it('falls back to counting in memory when Redis cannot be reached, neither failing nor letting everyone through', async () => {
    const unreachable = new Redis('redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
    unreachable.on('error', () => undefined);
    const app = limitedApp({ perMinute: 2, exempt: [], redis: unreachable, prefix: `kraina-test:${randomUUID()}:` });
    expect((await request(app).get('/').set(from('198.51.100.4'))).status).toBe(200);
    expect((await request(app).get('/').set(from('198.51.100.4'))).status).toBe(200);
    expect((await request(app).get('/').set(from('198.51.100.4'))).status).toBe(429);
    unreachable.disconnect();
  });
});

describeWithRedis('limitRequestRate over Redis', () => {
  const redis = new Redis(testRedisUrl);
  const prefix = `kraina-test:${randomUUID()}:`;
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('counts one budget per address across processes', async () => {
    const one = limitedApp({ perMinute: 4, exempt: [], redis, prefix });
    const two = limitedApp({ perMinute: 4, exempt: [], redis, prefix });
    for (const app of [one, two, one, two]) expect((await request(app).get('/').set(from('198.51.100.5'))).status).toBe(200);
    expect((await request(two).get('/').set(from('198.51.100.5'))).status).toBe(429);
    expect((await request(one).get('/').set(from('198.51.100.5'))).status).toBe(429);
  });
});
