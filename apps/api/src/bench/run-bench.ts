import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { contentSettingsOf } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { benchSection } from './bench-articles.js';
import { benchMonth } from './bench-events.js';
import { benchSearchPaths } from './bench-vocabulary.js';
import { regionalCentres } from './bench-sites.js';
import { type BenchRun, appendRun, describeMachine, judge, renderRun } from './benchmarks-report.js';
import { type Endpoint, type LoadOptions, measureEndpoint } from './measure-endpoint.js';
import { settled, startTarget, stopTarget } from './bench-target.js';
import { type BenchSizes, type SeededData, seedBenchData } from './seed-bench-data.js';

// `npm run bench`: generate the data, measure the API and the bare baseline over it, print and record the table.
// Not part of `npm test`: it takes minutes and its numbers depend on the machine.

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    events: { type: 'string', default: '20000' },
    sites: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    report: { type: 'string', default: 'docs/BENCHMARKS.md' },
    'no-report': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // A folder to keep the generated database in and to reuse it from on later runs (generation takes minutes).
    data: { type: 'string' },
  },
});
const whole = (name: keyof typeof args) => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
};

const names = { newest: 'Newest list', bySlug: 'Article by slug', search: 'Search' };
/** Measured a second time with the response cache off. */
const uncachedEndpoints = [names.newest, 'Section page 283', names.bySlug, 'Events in a month', 'Event counts per day of a month', 'Places in a map box', names.search];

function endpoints(articleSlugs: readonly string[]): Endpoint[] {
  const months = Array.from({ length: 12 }, (_, i) => ({ year: i === 0 ? 2025 : 2026, month: i === 0 ? 12 : i }));
  // Boxes of about 45 × 40 km around each regional centre: a city map's viewport.
  const boxes = regionalCentres.map((c) => [c.lat - 0.2, c.lng - 0.3, c.lat + 0.2, c.lng + 0.3].map((n) => n.toFixed(3)).join(','));
  const monthFrom = `${benchMonth.year}-${String(benchMonth.month).padStart(2, '0')}-01T00:00:00Z`;
  const monthTo = `${benchMonth.month === 12 ? benchMonth.year + 1 : benchMonth.year}-${String((benchMonth.month % 12) + 1).padStart(2, '0')}-01T00:00:00Z`;
  return [
    { name: names.newest, paths: ['/api/v1/articles?limit=20'] },
    { name: 'Section filter (with sub-sections)', paths: [`/api/v1/articles?section=${benchSection}&limit=20`] },
    { name: 'Section page 283', paths: [`/api/v1/articles?section=${benchSection}&page=283`] },
    { name: names.bySlug, paths: articleSlugs.map((slug) => `/api/v1/articles/${slug}`) },
    { name: 'Article counts per day of a month', paths: months.map((m) => `/api/v1/calendar/articles?year=${m.year}&month=${m.month}`) },
    { name: 'Events in a month', paths: [`/api/v1/events?from=${monthFrom}&to=${monthTo}`] },
    { name: 'Event counts per day of a month', paths: [`/api/v1/calendar/events?year=${benchMonth.year}&month=${benchMonth.month}`] },
    { name: 'Places in a map box', paths: boxes.map((box) => `/api/v1/sites?bbox=${box}`) },
    { name: names.search, paths: benchSearchPaths },
  ];
}

/**
 * The generated database: made afresh, or with `--data` reused from an earlier run of the same sizes (and brought
 * up to the current schema, as an upgrade would). What the generator reported is kept beside it for the report.
 */
async function benchDatabase(file: string, sizes: BenchSizes, log: (line: string) => void) {
  const seededFile = `${file}.json`;
  const config = loadConfig({ DATABASE_URL: `file:${file}`, LOG_LEVEL: 'silent' });
  const reused = existsSync(file) && existsSync(seededFile) ? (JSON.parse(readFileSync(seededFile, 'utf8')) as { sizes: BenchSizes; seeded: SeededData }) : undefined;
  if (reused && JSON.stringify(reused.sizes) !== JSON.stringify(sizes)) throw new Error(`${file} holds other sizes (${JSON.stringify(reused.sizes)}); use another --data folder`);
  const database = openDatabase(config.DATABASE_URL);
  await migrate(database);
  if (reused) {
    log(`Reusing ${file}`);
    return { database, seeded: reused.seeded };
  }
  log(`Generating ${sizes.articles} articles, ${sizes.events} events and ${sizes.sites} places into ${file}`);
  const seeded = await seedBenchData(database, contentSettingsOf(config), sizes, log);
  writeFileSync(seededFile, JSON.stringify({ sizes, seeded }));
  return { database, seeded };
}

async function main(): Promise<void> {
  const sizes = { articles: whole('articles'), events: whole('events'), sites: whole('sites') };
  const load: LoadOptions = { connections: whole('connections'), seconds: whole('seconds'), warmupSeconds: whole('warmup') };
  const directory = args.data === undefined ? mkdtempSync(join(tmpdir(), 'kraina-bench-')) : resolve(args.data);
  mkdirSync(directory, { recursive: true });
  const file = join(directory, 'bench.db');
  const log = (line: string) => console.log(line);
  try {
    const { database, seeded } = await benchDatabase(file, sizes, log);
    const sqliteVersion = (await sql<{ v: string }>`select sqlite_version() as v`.execute(database.db)).rows[0]?.v ?? 'unknown';
    // Statistics for the planner, and the WAL folded into the file, as a long-running production database would be.
    await sql`analyze`.execute(database.db);
    await sql`pragma wal_checkpoint(truncate)`.execute(database.db);
    await database.close();
    const databaseMiB = statSync(file).size / 2 ** 20;

    log('Measuring the bare baseline (node:http + better-sqlite3, newest list)');
    const bare = await startTarget('baseline', file);
    const baseline = await measureEndpoint(bare.url, { name: 'Baseline: bare newest list', paths: ['/'] }, load, () => settled(bare.child)).finally(() =>
      stopTarget(bare.child),
    );

    const api = await startTarget('api', file);
    const measurements = [];
    try {
      for (const endpoint of endpoints(seeded.articleSlugs)) {
        log(`Measuring ${endpoint.name}`);
        measurements.push(await measureEndpoint(api.url, endpoint, load, () => settled(api.child)));
      }
    } finally {
      await stopTarget(api.child);
    }
    // The same reads with the response cache off: what a first reader of each address, or a cold process, gets.
    const uncached = await startTarget('api-uncached', file);
    try {
      for (const endpoint of endpoints(seeded.articleSlugs).filter((e) => uncachedEndpoints.includes(e.name))) {
        log(`Measuring ${endpoint.name}, response cache off`);
        const measured = await measureEndpoint(uncached.url, endpoint, load, () => settled(uncached.child));
        measurements.push({ ...measured, name: `${endpoint.name} (response cache off)` });
      }
    } finally {
      await stopTarget(uncached.child);
    }

    const extra = process.argv.slice(2).join(' ');
    const run: BenchRun = {
      date: new Date().toISOString(),
      command: `npm run bench${extra ? ` -- ${extra}` : ''}`,
      machine: describeMachine(sqliteVersion),
      sizes,
      seeded,
      databaseMiB,
      load,
      baseline,
      measurements,
    };
    const section = renderRun(run, judge(run, names));
    log(`\n${section}`);
    if (!args['no-report']) {
      await appendRun(resolve(args.report), section);
      log(`Recorded in ${resolve(args.report)}`);
    }
  } finally {
    if (args.keep || args.data !== undefined) log(`Kept ${directory}`);
    else rmSync(directory, { recursive: true, force: true });
  }
}

await main();
