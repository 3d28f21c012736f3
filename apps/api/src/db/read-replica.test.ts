import { routes } from '@kraina/core';
import pg from 'pg';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { type SignedIn, asSignedIn, signInAs } from '../auth/test-staff.js';
import { loadConfig } from '../config.js';
import { type Database, openDatabase } from './database.js';
import { type ReadReplica, watchReadReplica } from './read-replica.js';
import { createTestDatabase, testDialects, testPostgresUrl } from './test-databases.js';

// A replica for real: a role of its own whose every transaction is read-only (as on a hot standby) reaches the same
// database, so whatever goes through it and tries to write fails loudly, and pg_stat_activity shows which
// connections each request used.

const reader = `kraina_reader_${crypto.randomUUID().slice(0, 8)}`;
const readerPassword = crypto.randomUUID();

((testDialects as readonly string[]).includes('postgres') ? describe : describe.skip)('public reads through a read replica', () => {
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  let primary: { database: Database; drop: () => Promise<void> };
  let replica: ReadReplica;
  let app: ReturnType<typeof createApp>;
  let editor: SignedIn;

  /** The reader role's connections, and the last statement each ran. */
  const readerConnections = async () => (await admin.query<{ query: string }>('select query from pg_stat_activity where usename = $1', [reader])).rows.map((row) => row.query);

  beforeAll(async () => {
    await admin.connect();
    primary = await createTestDatabase('postgres');
    const schema = primary.database.schema ?? 'public';
    await admin.query(`create role ${reader} login password '${readerPassword}'`);
    await admin.query(`alter role ${reader} set default_transaction_read_only = on`);
    await admin.query(`grant usage on schema ${schema} to ${reader}`);
    await admin.query(`grant select on all tables in schema ${schema} to ${reader}`);
    const readerUrl = new URL(testPostgresUrl);
    readerUrl.username = reader;
    readerUrl.password = readerPassword;
    replica = watchReadReplica(openDatabase(readerUrl.href, { schema, poolSize: 2 }));
    app = createApp(loadConfig({ VALIDATE_RESPONSES: 'true' }), { database: primary.database, replica });
    editor = await signInAs(app, primary.database, 'admin');
  });
  afterAll(async () => {
    await replica?.close();
    await primary?.drop();
    await admin.query(`drop role if exists ${reader}`);
    await admin.end();
  });

  it('reaches a replica that refuses every write, so nothing written can have gone through it', async () => {
    await expect(replica.database.db.insertInto('sign_in_failures').values({ key: 'address:192.0.2.1', failed_at: new Date().toISOString() }).execute()).rejects.toThrow(/read-only transaction/);
  });

  it('sends a staff read to the primary, so editors read their own writes', async () => {
    const before = await readerConnections();
    expect((await request(asSignedIn(app, editor)).get('/api/v1/auth/sessions')).status).toBe(200);
    expect((await request(asSignedIn(app, editor)).get('/api/v1/users')).status).toBe(200);
    expect((await readerConnections()).filter((query) => /"(sessions|users)"/.test(query))).toEqual([]);
    expect((await readerConnections()).length).toBe(before.length);
  });

  it('serves public reads through the replica and writes through the primary, the write showing in the next read', async () => {
    const created = await request(asSignedIn(app, editor)).post('/api/v1/sections').send({ slug: 'replicated', name: { en: 'Replicated' } });
    expect(created.status).toBe(201);
    const sections = await request(app).get('/api/v1/sections');
    expect(sections.status).toBe(200);
    expect(JSON.stringify(sections.body)).toContain('replicated');
    expect((await readerConnections()).some((query) => /"sections"/.test(query))).toBe(true);
  });

  it('answers every public read without parameters through the read-only replica without a server error', async () => {
    const paths = Object.values(routes).flatMap((route) => (route.method === 'GET' && route.access === 'public' && !route.path.includes(':') ? [`/api/v1${route.path}`] : []));
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) expect((await request(app).get(path)).status, path).toBeLessThan(500);
  });

  it('reports the replica in readiness', async () => {
    const res = await request(app).get('/api/ready');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready', checks: { database: 'ok', replica: 'ok' } });
  });

  it('sends public reads to the primary while the replica is away, saying so once, and readiness tells', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const away = watchReadReplica(openDatabase('postgres://reader@127.0.0.1:1/test', { poolSize: 1 }), { logger, probeEveryMs: 60_000 });
    try {
      const withoutReplica = createApp(loadConfig({ RESPONSE_CACHE_MB: '0', RATE_LIMIT_EXEMPT: '' }), { database: primary.database, replica: away, logger });
      const first = await request(withoutReplica).get('/api/v1/sections');
      expect(first.status).toBe(200);
      for (let i = 0; i < 2; i += 1) expect((await request(withoutReplica).get('/api/v1/sections')).status).toBe(200);
      expect(lines.filter((line) => line.includes('the read replica cannot be reached'))).toHaveLength(1);
      // The read the replica failed, answered by the primary, is still one request: one log line, one count, one id.
      const logged = lines.filter((line) => line.includes('"msg":"request"') && line.includes('/api/v1/sections'));
      expect(logged).toHaveLength(3);
      expect(logged[0]).toContain(String(first.headers['x-request-id']));
      expect(first.headers['ratelimit-remaining']).toBe(String(1200 - 1));
      const ready = await request(withoutReplica).get('/api/ready');
      expect(ready.status).toBe(200);
      expect((ready.body as { checks: { replica: string } }).checks.replica).toMatch(/^unreachable: .*; public reads go to the primary$/);
    } finally {
      await away.close();
    }
  });
});
