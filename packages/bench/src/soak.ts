import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ServerProcess } from '@kraina/server-kit';
import { appendSection, commandLine, describeMachine } from './report/machine.js';
import { seedDemo, startApi } from './servers/kraina-servers.js';
import { repoRoot } from './servers/repo-root.js';
import { type SoakRequest, sendAtFixedRate } from './soak/fixed-rate.js';
import { type MemorySample, residentMiB } from './soak/memory-samples.js';
import { createRunDatabase } from './soak/postgres-database.js';
import { readCycle, readPath } from './soak/public-reads.js';
import { findFixtures } from './soak/soak-fixtures.js';
import { judgeSoak, renderSoak } from './soak/soak-report.js';
import { sessionClient, tokenClient } from './soak/staff-clients.js';
import { staffWrites } from './soak/staff-writes.js';

// `npm run soak`: two built api processes on one PostgreSQL database with Redis, the demo portal in it, and a fixed
// rate of mixed traffic for a minute. Fails (exit 1) on any error or on a process whose memory keeps growing, and
// appends the figures to docs/BENCHMARKS.md. Needs PostgreSQL and Redis on their local ports, as `npm test` does.

const { values: args } = parseArgs({
  options: {
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    // Before the measured minute: a process's first minute fills JIT code, pools and caches, which reads as growth.
    warmup: { type: 'string', default: '60' },
    'write-share': { type: 'string', default: '0.1' },
    'postgres-url': { type: 'string', default: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
    'redis-url': { type: 'string', default: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' },
    report: { type: 'string', default: 'docs/BENCHMARKS.md' },
    'no-report': { type: 'boolean', default: false },
  },
});
const perSecond = Number(args.rate);
const seconds = Number(args.seconds);
const warmupSeconds = Number(args.warmup);
const writeShare = Number(args['write-share']);
// The memory bar looks at the last 40 s and compares its first and last five: shorter runs cannot be judged.
if (!(warmupSeconds >= 0 && seconds >= 45 && perSecond > 0 && writeShare > 0 && writeShare < 1)) throw new Error('Give --seconds of 45 or more, a positive --rate and a --write-share between 0 and 1');
const admin = { email: 'soak-admin@kraina.localhost', password: `soak ${randomUUID()}` };

async function main(): Promise<number> {
  const log = (line: string) => console.log(line);
  const date = new Date().toISOString();
  const dir = mkdtempSync(join(tmpdir(), 'kraina-soak-'));
  const database = await createRunDatabase(args['postgres-url'], 'kraina_soak');
  const apis: ServerProcess[] = [];
  try {
    const env = {
      REDIS_URL: args['redis-url'],
      REDIS_KEY_PREFIX: `kraina-soak:${randomUUID()}:`,
      PREVIEW_SECRET: randomUUID().repeat(2),
      KRAINA_ADMIN_EMAIL: admin.email,
      KRAINA_ADMIN_PASSWORD: admin.password,
    };
    const shared = { databaseUrl: database.url, mediaDir: join(dir, 'media'), env };
    // Loaded by a release step of its own, so both api processes start alike: the process that loaded the demo would
    // carry the heap of that load into the memory measurement, and its growth would say nothing about the soak.
    log('Migrating PostgreSQL and loading the demo portal with `kraina seed --demo` (a minute or more)');
    await seedDemo(database.url, shared.mediaDir);
    log('Starting two api processes on the same database and Redis');
    apis.push(await startApi({ ...shared, demo: false }));
    apis.push(await startApi({ ...shared, demo: false }));
    const urls = apis.map((api) => api.url);

    const staff = await sessionClient(urls, admin);
    const fixtures = await findFixtures(urls[0] as string, staff, new Date());
    const token = await staff.createApiToken({ body: { name: 'soak writer', scopes: ['content:write', 'content:publish', 'drafts:read'] } });
    const writes = staffWrites([staff, tokenClient(urls, token.secret)], fixtures.sectionSlugs[0] as string, date.slice(11, 19));

    // Every read answers 200 before the clock starts, so a broken address is a setup error, not a soak failure.
    for (const name of new Set(readCycle)) {
      const path = readPath(name, fixtures, 0);
      const status = (await fetch(`${urls[0]}/api/v1${path}`)).status;
      if (status !== 200) throw new Error(`${name} (${path}) answers ${status} before the soak starts`);
    }

    const writeEvery = Math.round(1 / writeShare);
    let reads = 0;
    const next = (index: number): SoakRequest => {
      if (index % writeEvery === writeEvery - 1) return writes();
      const turn = reads++;
      const name = readCycle[turn % readCycle.length] ?? 'getArticle';
      const url = `${urls[turn % urls.length]}/api/v1${readPath(name, fixtures, Math.floor(turn / readCycle.length))}`;
      return {
        name,
        send: async () => {
          const response = await fetch(url);
          await response.arrayBuffer();
          return response.status;
        },
      };
    };

    const memory = apis.map((_, index) => ({ name: `api ${index + 1}`, samples: [] as MemorySample[] }));
    const sample = (atMs: number) => {
      apis.forEach((api, index) => {
        void residentMiB(api.child.pid ?? 0).then((rssMiB) => {
          if (rssMiB !== undefined) memory[index]?.samples.push({ atMs, rssMiB });
        });
      });
    };
    log(`Warming up: ${perSecond} requests a second for ${warmupSeconds} s`);
    const warmupOutcomes = warmupSeconds > 0 ? await sendAtFixedRate(perSecond, warmupSeconds, next, () => undefined) : [];
    log(`Soaking: ${perSecond} requests a second for ${seconds} s, ${writeShare * 100}% staff writes`);
    const outcomes = await sendAtFixedRate(perSecond, seconds, next, sample);
    sample(seconds * 1000);
    await new Promise((done) => setTimeout(done, 100));

    const run = {
      date,
      machine: describeMachine(),
      command: commandLine('soak'),
      perSecond,
      seconds,
      warmupSeconds,
      warmupOutcomes,
      writeShare,
      setup: 'Two api processes (built, NODE_ENV=production) on one PostgreSQL database holding the demo portal, sharing Redis for sessions, throttles, rate limits and cache invalidation; each request goes to the next process in turn, as a round-robin balancer sends them.',
      outcomes,
      memory,
    };
    const section = renderSoak(run);
    log(section);
    if (!args['no-report']) {
      await appendSection(resolve(repoRoot(), args.report), section);
      log(`Appended to ${args.report}`);
    }
    const verdict = judgeSoak(run);
    return verdict.passed ? 0 : 1;
  } finally {
    for (const api of apis) await api.stop();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
