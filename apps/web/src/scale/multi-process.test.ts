import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type KrainaClient, richTextFromParagraphs } from '@kraina/core';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithServices, localServices } from '../../test-support/local-services.js';
import { type LocalBucket, type ServerProcess, startLocalBucket, startServerProcess } from '@kraina/server-kit';
import { signInAsAdmin } from '../../test-support/sign-in-as-admin.js';
import { demoAdmin as admin } from '../../test-support/start-demo-api.js';
import { uploadTestImage } from '../../test-support/upload-test-image.js';

// Beyond one machine, on one: two api processes and a web process sharing PostgreSQL, Redis and an S3-compatible
// bucket (s3rver on loopback), as behind a load balancer. A session made on one api works on the other, failed
// sign-ins count across both (both kept in Redis, none in the database), an article published through one api is on
// the site, which reads through the other, within a second, and a picture uploaded through one is served by the site.

const { postgresUrl, redisUrl } = localServices;
const apiServer = fileURLToPath(new URL('../../../api/dist/server.js', import.meta.url));
const webServer = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** A new, empty PostgreSQL database, and how to remove it. */
async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `multi_${randomUUID().replaceAll('-', '')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await run(`create database ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => run(`drop database if exists ${name} with (force)`) };
}

await describeWithServices('two api processes and a web process on PostgreSQL and Redis', ['postgres', 'redis'], () => {
  let database: { url: string; drop: () => Promise<void> };
  let dir: string;
  const apis: ServerProcess[] = [];
  let web: ServerProcess;
  let prefix: string;
  /** How many rows a table of the shared database holds. */
  const rowsIn = async (table: 'sessions' | 'sign_in_failures') => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ count: string }>(`select count(*) from ${table}`);
    await client.end();
    return Number(rows[0]?.count);
  };
  /** The keys of the shared Redis under this run's prefix and a kind of key. */
  const keysOf = async (kind: string) => {
    const redis = new Redis(redisUrl);
    try {
      return await redis.keys(`${prefix}${kind}:*`);
    } finally {
      redis.disconnect();
    }
  };

  let bucket: LocalBucket;

  beforeAll(async () => {
    database = await freshPostgres();
    dir = await mkdtemp(join(tmpdir(), 'kraina-multi-'));
    bucket = await startLocalBucket(join(dir, 's3'));
    const shared = {
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: (prefix = `kraina-test:${randomUUID()}:`),
      MEDIA_DIR: join(dir, 'media'),
      ...bucket.env,
      PREVIEW_SECRET: randomUUID().repeat(2),
      KRAINA_ADMIN_EMAIL: admin.email,
      KRAINA_ADMIN_PASSWORD: admin.password,
      LOG_LEVEL: 'warn',
    };
    // The first migrates and creates the admin before the second opens the database, as `npm run cluster` starts them.
    apis.push(await startServerProcess({ name: 'api', entry: apiServer, env: shared, health: '/api/health', cwd: dir, readyWithinMs: 120_000 }));
    apis.push(await startServerProcess({ name: 'api', entry: apiServer, env: shared, health: '/api/health', cwd: dir, readyWithinMs: 120_000 }));
    web = await startServerProcess({
      name: 'web',
      entry: webServer,
      // Polling off: only the change told over Redis can bring the publication to the site before its cache expires.
      env: { API_URL: apis[1]?.url ?? '', REDIS_URL: redisUrl, REDIS_KEY_PREFIX: shared.REDIS_KEY_PREFIX, API_CACHE_SECONDS: '300', CONTENT_POLL_SECONDS: '0', LOG_LEVEL: 'warn' },
      health: '/health',
      readyWithinMs: 60_000,
    });
  }, 300_000);

  afterAll(async () => {
    await Promise.all([web?.stop(), ...apis.map((api) => api.stop())]);
    await bucket?.close();
    // Everything this run kept in Redis expires by itself; removed now so the shared Redis stays tidy.
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const [first, second] = [() => apis[0] as ServerProcess, () => apis[1] as ServerProcess];
  // Each test checks passwords (scrypt) through the processes, which on a busy runner takes more than vitest's 5 seconds.

  it('accepts a session made on one api on the other', async () => {
    const signIn = await fetch(`${first().url}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const session = await fetch(`${second().url}/api/v1/auth/session`, { headers: { cookie } });
    expect(session.status).toBe(200);
    expect(((await session.json()) as { user: { email: string } }).user.email).toBe(admin.email);
    expect(await rowsIn('sessions')).toBe(0);
    expect(await keysOf('session')).toHaveLength(1);
  }, 60_000);

  it('counts failed sign-ins of one account across both', async () => {
    const wrong = (url: string) =>
      fetch(`${url}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'nobody@kraina.localhost', password: 'a wrong password, surely' }) });
    // The account's limit is five failures; they are spread over both processes.
    for (const url of [first().url, second().url, first().url, second().url, first().url]) expect((await wrong(url)).status).toBe(401);
    expect((await wrong(second().url)).status).toBe(429);
    expect((await wrong(first().url)).status).toBe(429);
    expect(await rowsIn('sign_in_failures')).toBe(0);
    expect((await keysOf('sign-in-failures')).length).toBeGreaterThan(0);
  }, 60_000);

  it('shows on the site, which reads through the other api, an article published through one within a second', async () => {
    const client: KrainaClient = await signInAsAdmin(first().url);
    await client.createSection({ body: { slug: 'scale', name: { en: 'Scale' } } });
    const headline = `Published across processes ${randomUUID().slice(0, 8)}`;
    const draft = await client.createArticle({ body: { section: 'scale', translations: { en: { headline, body: richTextFromParagraphs(['One process writes, another reads.']) } } } });
    const listPath = `${web.url}/en/news/scale/`;
    // The site has read the section, empty, and keeps that answer for API_CACHE_SECONDS (five minutes) unless told.
    for (let i = 0; i < 2; i += 1) expect(await (await fetch(listPath)).text()).not.toContain(headline);

    await client.changeArticleWorkflow({ params: { id: draft.id }, body: { action: 'publish', version: draft.version } });
    const publishedAt = performance.now();
    let seenAfter: number | undefined;
    while (performance.now() - publishedAt < 5000) {
      if ((await (await fetch(listPath)).text()).includes(headline)) {
        seenAfter = performance.now() - publishedAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(seenAfter, 'the site never showed the published article').toBeDefined();
    expect(seenAfter).toBeLessThan(1000);
  }, 60_000);

  it('serves, through the site, a picture uploaded through one api and kept in the shared bucket', async () => {
    const picture = await uploadTestImage(first().url, { width: 640, height: 360, alt: 'A blue field', caption: 'Blue', credit: 'Kraina tests' });
    expect(picture.url.startsWith(bucket.publicUrl)).toBe(true);
    const client: KrainaClient = await signInAsAdmin(second().url);
    await client.createSection({ body: { slug: 'pictures', name: { en: 'Pictures' } } });
    const body = richTextFromParagraphs(['Kept in the bucket, shown by the site.']);
    const draft = await client.createArticle({ body: { section: 'pictures', leadImage: { mediaId: picture.id }, translations: { en: { headline: 'A picture in the bucket', body } } } });
    await client.changeArticleWorkflow({ params: { id: draft.id }, body: { action: 'publish', version: draft.version } });

    for (const url of [picture.url, ...picture.variants.map((variant) => variant.url)]) {
      const name = url.slice(url.lastIndexOf('/') + 1);
      const served = await fetch(`${web.url}/media/${name}`);
      expect(served.status, name).toBe(200);
      const kept = await fetch(url);
      expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(await kept.arrayBuffer())), name).toBe(true);
      expect(served.headers.get('content-type'), name).toBe(kept.headers.get('content-type'));
    }
    // Nothing on the api processes' own disk: any process can serve what any other uploaded.
    expect((await fetch(`${first().url}/media/${picture.url.slice(picture.url.lastIndexOf('/') + 1)}`)).status).toBe(404);
  }, 60_000);
});
