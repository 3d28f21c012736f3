import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appendSection, commandLine, describeMachine } from './report/machine.js';
import { renderWebRun } from './report/web-bench-report.js';
import { runWebBench } from './run-web-bench.js';
import { repoRoot } from './servers/repo-root.js';

// `npm run bench`: the api bench (apps/api/dist/bench.js) generates the data and measures the api; then, over the
// same database, this measures the public site's pages against pre-rendered copies and the JavaScript they ship.
// It lives in its own private package rather than in either app because it runs both apps' built servers as
// processes and imports neither: no app imports another, and nothing imports an app.

const { values: args } = parseArgs({
  options: {
    // Passed on to the api bench, which reads them the same way.
    articles: { type: 'string', default: '100000' },
    events: { type: 'string', default: '20000' },
    sites: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    report: { type: 'string', default: 'docs/BENCHMARKS.md' },
    'no-report': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    data: { type: 'string' },
    // This bench's own: run one half only. `--only web` needs a `--data` folder an earlier run generated.
    only: { type: 'string' },
  },
});
const whole = (name: 'articles' | 'events' | 'sites' | 'connections' | 'seconds' | 'warmup') => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
};
if (args.only !== undefined && args.only !== 'api' && args.only !== 'web') throw new Error('--only must be "api" or "web"');

function runApiBench(dataDir: string): Promise<void> {
  // The arguments as typed, less this bench's own, so the api bench reads (and records) the same command line;
  // with no --data of the reader's it is given one, to keep what it generates for the web half below.
  const typed = process.argv.slice(2);
  const only = typed.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (only >= 0) typed.splice(only, typed[only] === '--only' ? 2 : 1);
  const forwarded = args.data === undefined ? [...typed, '--data', dataDir] : typed;
  const child = spawn(process.execPath, [join(repoRoot(), 'apps/api/dist/bench.js'), ...forwarded], { stdio: 'inherit' });
  return new Promise((resolveRun, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`The api bench failed (exit code ${code})`))));
  });
}

/** How many articles the database holds, as the api bench wrote beside it; --articles when it wrote nothing. */
function generatedArticles(databaseFile: string): number {
  const written = `${databaseFile}.json`;
  if (!existsSync(written)) return whole('articles');
  return (JSON.parse(readFileSync(written, 'utf8')) as { sizes: { articles: number } }).sizes.articles;
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const dataDir = args.data === undefined ? mkdtempSync(join(tmpdir(), 'kraina-bench-')) : resolve(args.data);
  mkdirSync(dataDir, { recursive: true });
  try {
    if (args.only !== 'web') await runApiBench(dataDir);
    if (args.only === 'api') return;
    const databaseFile = join(dataDir, 'bench.db');
    if (!existsSync(databaseFile)) throw new Error(`${databaseFile} is missing: run without --only web once with --data ${dataDir} to generate it`);

    const date = new Date().toISOString();
    const load = { connections: whole('connections'), seconds: whole('seconds'), warmupSeconds: whole('warmup') };
    const workDir = mkdtempSync(join(tmpdir(), 'kraina-web-bench-'));
    const measured = await runWebBench({ databaseFile, workDir, articles: generatedArticles(databaseFile), load, log }).finally(() =>
      rmSync(workDir, { recursive: true, force: true }),
    );
    const section = renderWebRun({ date, command: commandLine('bench'), machine: describeMachine(), ...measured });
    log(`\n${section}`);
    if (!args['no-report']) {
      await appendSection(resolve(args.report), section);
      log(`Recorded in ${resolve(args.report)}`);
    }
  } finally {
    if (args.keep || args.data !== undefined) log(`Kept ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
