import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { contentSettingsOf } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { settled, startTarget, stopTarget } from './bench-target.js';
import { benchSearchPaths } from './bench-vocabulary.js';
import { appendRun, describeMachine } from './benchmarks-report.js';
import { type Endpoint, type LoadOptions, type Measurement, measureEndpoint } from './measure-endpoint.js';
import { type ScalePoint, renderScaleSvg, renderScaleTable } from './scale-curve-report.js';
import { type SeededData, seedBenchData } from './seed-bench-data.js';

// `npm run bench:scale`: the cost of the three reads that grow with the archive (the newest list, an article by
// slug, search) at 10,000, 100,000 and 1,000,000 articles, on SQLite and on PostgreSQL, with the API's response
// cache off so every request reaches the database. Appends a table to docs/BENCHMARKS.md and writes the plot to
// docs/scale-curve.svg. Generating a million articles takes a long while; `--data` keeps the databases for reuse.

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    'postgres-url': { type: 'string', default: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
    connections: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    report: { type: 'string', default: 'docs/BENCHMARKS.md' },
    plot: { type: 'string', default: 'docs/scale-curve.svg' },
    'no-report': { type: 'boolean', default: false },
    // A folder that keeps the SQLite files and the names of the PostgreSQL databases between runs.
    data: { type: 'string' },
  },
});

const reads = { newest: 'Newest list', bySlug: 'Article by slug', search: 'Search' };
const sizes = args.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes must be whole numbers, comma-separated');
const engines = args.engines.split(',');
if (engines.some((e) => e !== 'sqlite' && e !== 'postgres')) throw new Error('--engines takes sqlite and postgres');

async function runOnServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * One engine at one size, generated unless `folder` already holds it. Only articles are generated (and the sections
 * they are filed in): events and places do not grow with the news archive, and would only slow generation down.
 */
async function prepare(engine: string, articles: number, folder: string, log: (line: string) => void): Promise<{ database: string; seeded: SeededData; databaseMiB: () => Promise<number> }> {
  const marker = join(folder, `${engine}-${articles}.json`);
  const file = join(folder, `sqlite-${articles}.db`);
  const pgName = `kraina_scale_${articles}`;
  const pgUrl = Object.assign(new URL(args['postgres-url']), { pathname: `/${pgName}` }).href;
  const url = engine === 'sqlite' ? `file:${file}` : pgUrl;
  const size = async () => {
    if (engine === 'sqlite') return statSync(file).size / 2 ** 20;
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      return Number((await client.query<{ bytes: string }>('select pg_database_size(current_database()) as bytes')).rows[0]?.bytes ?? 0) / 2 ** 20;
    } finally {
      await client.end();
    }
  };
  if (existsSync(marker)) {
    log(`Reusing ${engine} with ${articles} articles`);
    return { database: engine === 'sqlite' ? file : pgUrl, seeded: JSON.parse(readFileSync(marker, 'utf8')) as SeededData, databaseMiB: size };
  }
  if (engine === 'sqlite') rmSync(file, { force: true });
  else {
    await runOnServer(args['postgres-url'], `drop database if exists ${pgName} with (force)`);
    await runOnServer(args['postgres-url'], `create database ${pgName}`);
  }
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
  const database = openDatabase(config.DATABASE_URL);
  try {
    await migrate(database);
    log(`Generating ${articles} articles into ${engine}`);
    const seeded = await seedBenchData(database, contentSettingsOf(config), { articles, events: 0, sites: 0 }, log);
    // Planner statistics, as a database in service has them.
    await sql`analyze`.execute(database.db);
    if (engine === 'sqlite') await sql`pragma wal_checkpoint(truncate)`.execute(database.db);
    writeFileSync(marker, JSON.stringify(seeded));
    return { database: engine === 'sqlite' ? file : pgUrl, seeded, databaseMiB: size };
  } finally {
    await database.close();
  }
}

async function measure(database: string, seeded: SeededData, load: LoadOptions): Promise<Measurement[]> {
  const endpoints: Endpoint[] = [
    { name: reads.newest, paths: ['/api/v1/articles?limit=20'] },
    { name: reads.bySlug, paths: seeded.articleSlugs.map((slug) => `/api/v1/articles/${slug}`) },
    { name: reads.search, paths: benchSearchPaths },
  ];
  const target = await startTarget('api-uncached', database);
  try {
    const measured: Measurement[] = [];
    for (const endpoint of endpoints) measured.push(await measureEndpoint(target.url, endpoint, load, () => settled(target.child)));
    return measured;
  } finally {
    await stopTarget(target.child);
  }
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const load: LoadOptions = { connections: Number(args.connections), seconds: Number(args.seconds), warmupSeconds: Number(args.warmup) };
  const folder = args.data === undefined ? mkdtempSync(join(tmpdir(), 'kraina-scale-')) : resolve(args.data);
  mkdirSync(folder, { recursive: true });
  const points: ScalePoint[] = [];
  try {
    for (const engine of engines) {
      for (const articles of sizes) {
        const { database, seeded, databaseMiB } = await prepare(engine, articles, folder, log);
        log(`Measuring ${engine} with ${articles} articles`);
        points.push({ engine: engine === 'sqlite' ? 'SQLite' : 'PostgreSQL', articles, databaseMiB: await databaseMiB(), measurements: await measure(database, seeded, load) });
      }
    }
    const extra = process.argv.slice(2).join(' ');
    const machine = describeMachine('');
    const section = [
      `## Scale curve, ${new Date().toISOString()}`,
      '',
      `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM; Node ${machine.node}. Command: \`npm run bench:scale${extra ? ` -- ${extra}` : ''}\`.`,
      `The built API in its own process with its response cache off, so every request reaches the database; ${load.connections} connections for ${load.seconds} s per read after ${load.warmupSeconds} s of warm-up. By slug rotates over 2,000 articles across the archive; search over twelve searches in three languages.`,
      '',
      renderScaleTable(points, Object.values(reads)),
      '',
      `![Median latency by number of articles](${args.plot.replace(/^docs\//, '')})`,
      '',
    ].join('\n');
    log(`\n${section}`);
    if (!args['no-report']) {
      await appendRun(resolve(args.report), section);
      mkdirSync(dirname(resolve(args.plot)), { recursive: true });
      await writeFile(resolve(args.plot), renderScaleSvg(points, Object.values(reads)));
      log(`Recorded in ${args.report} and ${args.plot}`);
    }
  } finally {
    if (args.data === undefined) {
      rmSync(folder, { recursive: true, force: true });
      for (const articles of sizes) await runOnServer(args['postgres-url'], `drop database if exists kraina_scale_${articles} with (force)`).catch(() => undefined);
    } else log(`Kept ${folder} (and the kraina_scale_* PostgreSQL databases)`);
  }
}

await main();
