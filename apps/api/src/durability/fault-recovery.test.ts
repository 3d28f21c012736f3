import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { richTextFromParagraphs } from '@kraina/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiProcess, freePort, startApiProcess } from './api-process.js';
import { type OwnService, ownServicesProblem, startOwnPostgres, startOwnRedis } from './own-services.js';

// Faults: the test's own Redis and PostgreSQL are stopped under a running API and started again. While Redis is
// away, reading and writing go on and only sign-in waits (503); while PostgreSQL is away, reads the cache holds
// still answer, the rest answer 503 with Retry-After, never 500, and readiness says so; once each is back, the API
// serves as before without a restart, and every write it acknowledged is there.

const adminEmail = 'faults@kraina.test';
const adminPassword = 'fault-test-password-0';

const problem = ownServicesProblem();
if (problem !== undefined) {
  // As with PostgreSQL and Redis themselves: a laptop without the server programs says why it skipped; CI fails.
  if (process.env.CI) throw new Error(`The fault tests must run on CI, but this machine ${problem}`);
  console.warn(`Skipping the fault tests: this machine ${problem}.`);
}

(problem === undefined ? describe : describe.skip)('the API while Redis and then PostgreSQL go away and come back', () => {
  let redis: OwnService;
  let postgres: OwnService;
  let api: ApiProcess;
  let dir: string;
  let session: { cookie: string; csrfToken: string };
  const acknowledged: string[] = [];
  // Readers keep coming throughout, as they would: what each one was answered is checked at the end.
  const background = { running: true, answers: new Map<string, number>(), unexpected: [] as string[] };
  let traffic: Promise<void> | undefined;

  const call = (path: string, init: RequestInit = {}) => fetch(`${api.url}${path}`, init);
  const signIn = () => call('/api/v1/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: adminEmail, password: adminPassword }) });
  let written = 0;
  async function write(): Promise<Response> {
    written += 1;
    const slug = `fault-${written}`;
    const res = await call('/api/v1/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ slug, section: 'faults', translations: { en: { headline: `Fault ${written}`, body: richTextFromParagraphs(['Text.']) } } }),
    });
    if (res.status === 201) acknowledged.push(slug);
    return res;
  }
  async function eventually(check: () => Promise<boolean>, withinMs = 30_000): Promise<void> {
    const deadline = Date.now() + withinMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`Not recovered within ${withinMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  async function expectProblem(res: Response, status: number) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    await res.body?.cancel();
  }

  beforeAll(async () => {
    [redis, postgres] = await Promise.all([startOwnRedis(), startOwnPostgres()]);
    dir = await mkdtemp(join(tmpdir(), 'kraina-faults-'));
    api = await startApiProcess(await freePort(), {
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      MEDIA_DIR: join(dir, 'media'),
      KRAINA_DEMO: 'off',
      KRAINA_ADMIN_EMAIL: adminEmail,
      KRAINA_ADMIN_PASSWORD: adminPassword,
      RESPONSE_CACHE_TTL_SECONDS: '600',
    });
    const res = await signIn();
    session = { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
    const section = await call('/api/v1/sections', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ slug: 'faults', name: { en: 'Faults' } }),
    });
    expect(section.status).toBe(201);
    const paths = ['/api/v1/articles?locale=en', '/api/v1/sections', '/api/v1/search?q=fault', '/api/v1/events?locale=be', '/api/v1/sites'];
    const reader = async (offset: number) => {
      for (let i = offset; background.running; i += 1) {
        const res = await call(paths[i % paths.length] as string).catch(() => undefined);
        if (!res) continue;
        const type = res.headers.get('content-type') ?? '';
        background.answers.set(String(res.status), (background.answers.get(String(res.status)) ?? 0) + 1);
        if ((res.status >= 500 && res.status !== 503) || (res.status >= 400 && !type.startsWith('application/problem+json'))) background.unexpected.push(`${res.status} ${type}`);
        await res.body?.cancel();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    traffic = Promise.all([0, 1, 2].map(reader)).then(() => undefined);
  }, 180_000);

  afterAll(async () => {
    background.running = false;
    await traffic;
    api?.child.kill('SIGKILL');
    await api?.exited;
    await Promise.all([redis?.remove(), postgres?.remove()]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('goes on reading and writing without Redis, refuses only sign-in, and signs in again once Redis is back', async () => {
    expect((await write()).status).toBe(201);
    await redis.stop();
    expect((await call('/api/v1/articles?locale=en')).status).toBe(200);
    expect((await write()).status).toBe(201);
    await expectProblem(await signIn(), 503);

    await redis.start();
    await eventually(async () => (await signIn()).status === 200);
    expect((await write()).status).toBe(201);
  }, 120_000);

  it('answers from its cache or with 503 while PostgreSQL is away, never 500, and recovers without a restart', async () => {
    const cachedPath = '/api/v1/sections';
    expect((await call(cachedPath)).status).toBe(200);
    expect((await call('/api/ready')).status).toBe(200);
    await postgres.stop();

    expect((await call(cachedPath)).status).toBe(200); // the response cache still holds it
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the readers alongside meet the outage too
    await expectProblem(await call('/api/v1/articles?locale=ru'), 503);
    await expectProblem(await write(), 503);
    const ready = await call('/api/ready');
    expect(ready.status).toBe(503);
    expect(JSON.stringify(await ready.json())).toContain('unreachable');

    await postgres.start();
    await eventually(async () => (await call('/api/ready')).status === 200);
    expect((await call('/api/v1/articles?locale=ru')).status).toBe(200);
    expect((await write()).status).toBe(201);
    expect(api.child.exitCode).toBeNull();

    // Every acknowledged write is there, and nothing a 503 answered.
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    const { rows } = await client.query<{ slug: string }>("select slug from articles where slug like 'fault-%' order by slug");
    await client.end();
    expect(rows.map((row) => row.slug).sort()).toEqual([...acknowledged].sort());

    // The readers alongside were answered 200 or 503 problem+json throughout, and some of each.
    background.running = false;
    await traffic;
    expect(background.unexpected).toEqual([]);
    expect(background.answers.get('200')).toBeGreaterThan(0);
    expect(background.answers.get('503')).toBeGreaterThan(0);
  }, 180_000);
});
