import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { richTextFromParagraphs } from '@kraina/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiProcess, freePort, startApiProcess } from './api-process.js';
import { type OwnService, ownServicesProblem, startOwnPostgres, startOwnRedis } from './own-services.js';

// Faults: the test's own Redis and PostgreSQL are stopped under a running API and started again. While Redis is
// away, public reads go on, while staff work (its sessions live in Redis) and sign-in wait with 503; while
// PostgreSQL is away, reads the cache holds still answer, even past their TTL (marked stale), the rest answer 503
// with Retry-After, never 500; readiness names whichever is away. Once each is back, the API serves as before
// without a restart, and every write it acknowledged is there.

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
  async function startSession(res: Response): Promise<void> {
    expect(res.status).toBe(200);
    session = { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
  }
  async function readiness(): Promise<{ status: number; checks: Record<string, string> }> {
    const res = await call('/api/ready');
    return { status: res.status, checks: ((await res.json()) as { checks: Record<string, string> }).checks };
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
      // Short, so the read cached before PostgreSQL stops is past its TTL during the outage: only stale-if-error serves it.
      RESPONSE_CACHE_TTL_SECONDS: '1',
    });
    await startSession(await signIn());
    const section = await call('/api/v1/sections', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ slug: 'faults', name: { en: 'Faults' } }),
    });
    expect(section.status).toBe(201);
    // The last is new each time, so never cached: some readers meet the outage itself, not only stale copies.
    const paths = ['/api/v1/articles?locale=en', '/api/v1/sections', '/api/v1/search?q=fault', '/api/v1/events?locale=be', '/api/v1/sites', '/api/v1/search?q=fault-'];
    const reader = async (offset: number) => {
      for (let i = offset; background.running; i += 1) {
        const path = paths[i % paths.length] as string;
        const res = await call(path.endsWith('-') ? `${path}${i}` : path).catch(() => undefined);
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

  it('goes on with public reads without Redis, answers staff work and sign-in 503, and is ready again once Redis is back', async () => {
    expect((await write()).status).toBe(201);
    expect(await readiness()).toEqual({ status: 200, checks: { database: 'ok', redis: 'ok' } });
    await redis.stop();
    expect((await call('/api/v1/articles?locale=en')).status).toBe(200);
    await expectProblem(await write(), 503); // its session cannot be checked: neither let through nor signed out
    await expectProblem(await signIn(), 503);
    const away = await readiness();
    expect(away.status).toBe(503);
    expect(away.checks).toMatchObject({ database: 'ok', redis: expect.stringMatching(/^unreachable: /) as unknown });

    await redis.start();
    await eventually(async () => (await readiness()).status === 200);
    // This Redis keeps nothing on disk, so the session went with it (DEPLOY.md asks for persistence): sign in again.
    expect((await write()).status).toBe(401);
    await startSession(await signIn());
    expect((await write()).status).toBe(201);
  }, 120_000);

  it('answers from its cache, stale if need be, or with 503 while PostgreSQL is away, never 500, and recovers without a restart', async () => {
    const cachedPath = '/api/v1/articles?locale=be'; // read by nobody else, so it is cached only from here
    const before = await call(cachedPath);
    expect(before.status).toBe(200);
    const bodyBefore = await before.text();
    expect((await call('/api/ready')).status).toBe(200);
    await postgres.stop();
    await new Promise((resolve) => setTimeout(resolve, 1500)); // past the cache's TTL; the readers alongside meet the outage too

    const stale = await call(cachedPath);
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(bodyBefore);
    expect(stale.headers.get('warning')).toBe('111 - "Revalidation Failed"');
    expect(Number(stale.headers.get('age'))).toBeGreaterThanOrEqual(1);
    expect(stale.headers.get('cache-control')).toMatch(/^public, max-age=0, stale-if-error=\d+$/);
    await expectProblem(await call('/api/v1/articles?locale=ru'), 503); // never read before: nothing to fall back on
    await expectProblem(await write(), 503);
    const away = await readiness();
    expect(away.status).toBe(503);
    expect(away.checks).toMatchObject({ database: expect.stringMatching(/^unreachable: /) as unknown, redis: 'ok' });

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
