import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Article, richTextFromParagraphs } from '@kraina/core';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { contentSettingsOf } from '../app.js';
import { loadConfig } from '../config.js';
import { createContentStores } from '../content/content-stores.js';
import { openDatabase } from '../db/database.js';
import { describeEachDatabase } from '../db/test-databases.js';
import { type ApiProcess, freePort, startApiProcess } from './api-process.js';

// Crash durability: a client writes 2,000 articles as fast as it can while the API process is killed with SIGKILL
// at a random moment, then started again over the same database. Every write the API acknowledged with 201 must be
// there exactly as acknowledged; a write in flight at the kill may be there or not, but never in part.

const writes = 2000;
const inFlight = 8;
const adminEmail = 'durability@kraina.test';
const adminPassword = 'durability-test-password-0';
const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Session {
  cookie: string;
  csrfToken: string;
}

async function signIn(api: ApiProcess): Promise<Session> {
  const res = await fetch(`${api.url}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: adminEmail, password: adminPassword }) });
  if (!res.ok) throw new Error(`Sign-in answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
}

function post(api: ApiProcess, session: Session, path: string, body: unknown): Promise<Response> {
  return fetch(`${api.url}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: JSON.stringify(body),
  });
}

/** The article the client sends as write number `n`: a headline and a body that identify it. */
const articleInput = (n: number) => ({
  slug: `durable-${n}`,
  section: 'durability',
  translations: { en: { headline: `Durable article ${n}`, lead: `Lead ${n}.`, body: richTextFromParagraphs([`Paragraph one of ${n}.`, `Paragraph two of ${n}.`]) } },
});

/** A fresh, empty database for the API processes, and how to remove it afterwards. */
async function freshDatabase(dialect: 'sqlite' | 'postgres', dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') return { url: `file:${join(dir, 'kraina.db')}`, drop: () => Promise.resolve() };
  const name = `crash_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

describeEachDatabase('the API killed with SIGKILL while a client writes', (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it(`keeps every acknowledged write of ${writes} whole, and no unacknowledged one in part`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kraina-crash-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const database = await freshDatabase(dialect, dir);
    cleanups.push(database.drop);
    const env = { DATABASE_URL: database.url, MEDIA_DIR: join(dir, 'media'), KRAINA_DEMO: 'off', KRAINA_ADMIN_EMAIL: adminEmail, KRAINA_ADMIN_PASSWORD: adminPassword };
    const port = await freePort();

    let api = await startApiProcess(port, env);
    cleanups.push(async () => {
      if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
      await api.exited;
    });
    let session = await signIn(api);
    expect((await post(api, session, '/sections', { slug: 'durability', name: { en: 'Durability' } })).status).toBe(201);

    const acknowledged = new Map<number, Article>();
    const killAfter = 200 + Math.floor(Math.random() * (writes - 600));
    let next = 0;
    let killed = false;
    let dying = false; // between the kill and the restart, when writes fail
    const attempted = new Set<number>();

    // `inFlight` writers take the next number until all are sent; the kill lands while several are in flight.
    const writer = async () => {
      while (next < writes) {
        if (dying) return;
        const n = next++;
        attempted.add(n);
        try {
          const res = await post(api, session, '/articles', articleInput(n));
          if (res.status === 201) acknowledged.set(n, (await res.json()) as Article);
          else throw new Error(`Write ${n} answered ${res.status}: ${await res.text()}`);
        } catch (error) {
          if (!dying) throw error; // but for those the kill cut off, every write must succeed
        }
        if (!killed && acknowledged.size >= killAfter) {
          killed = true;
          dying = true;
          api.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: inFlight }, writer));
    expect(killed).toBe(true);
    await api.exited;

    // Started again over the same files or database, the API writes the rest of the 2,000.
    const ackedBeforeRestart = acknowledged.size;
    api = await startApiProcess(port, env);
    dying = false;
    session = await signIn(api);
    next = Math.max(...attempted) + 1;
    await Promise.all(Array.from({ length: inFlight }, writer));
    api.child.kill('SIGTERM');
    await api.exited;
    expect(ackedBeforeRestart).toBeGreaterThanOrEqual(killAfter);

    const reopened = openDatabase(database.url);
    try {
      const stores = createContentStores(reopened, contentSettingsOf(loadConfig({})));
      for (const [n, ack] of acknowledged) {
        const stored = await stores.articles.getById(ack.id);
        expect(stored, `acknowledged write ${n}`).toBeDefined();
        expect({ version: stored?.version, translations: stored?.translations }).toEqual({ version: ack.version, translations: ack.translations });
      }
      // Every article there, acknowledged or not, is whole: its text, and its revision at its version.
      const rows = await reopened.db
        .selectFrom('articles')
        .leftJoin('article_translations', 'article_translations.article_id', 'articles.id')
        .leftJoin('revisions', (join) => join.onRef('revisions.entity_id', '=', 'articles.id').onRef('revisions.version', '=', 'articles.version'))
        .select(['articles.slug', 'article_translations.headline', 'revisions.id as revisionId'])
        .execute();
      const unacknowledged = rows.filter((row) => ![...acknowledged.keys()].some((n) => `durable-${n}` === row.slug));
      for (const row of rows) {
        expect(row.headline, row.slug).toBe(`Durable article ${row.slug.replace('durable-', '')}`);
        expect(row.revisionId, row.slug).not.toBeNull();
      }
      expect(rows.length).toBe(acknowledged.size + unacknowledged.length);
      expect(unacknowledged.length).toBeLessThanOrEqual(inFlight);
      expect(acknowledged.size).toBeGreaterThanOrEqual(writes - inFlight);
    } finally {
      await reopened.close();
    }
  }, 600_000);
});
