import { existsSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { Measurement } from './measure-endpoint.js';
import type { BenchSizes, SeededData } from './seed-bench-data.js';

/** The machine a run was measured on: numbers mean little without it. */
export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  sqlite: string;
}

/** Everything one run found, as the report writes it. */
export interface BenchRun {
  date: string;
  command: string;
  machine: Machine;
  sizes: BenchSizes;
  seeded: SeededData;
  databaseMiB: number;
  load: { connections: number; seconds: number; warmupSeconds: number };
  baseline: Measurement;
  measurements: Measurement[];
}

/** A target of the issue's bar and whether this run met it. */
export interface Verdict {
  target: string;
  result: 'pass' | 'fail' | 'not measured';
  detail: string;
}

/** The CPU model as the kernel reports it, the core count, memory, Node and SQLite versions. */
export function describeMachine(sqliteVersion: string): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: os.cpus() has the model too.
  }
  return { cpu, cores: cpus().length, ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10, node: process.version, sqlite: sqliteVersion };
}

const byName = (run: BenchRun, name: string) => run.measurements.find((m) => m.name === name);

/** The issue's targets: newest list and by slug at half the bare server's req/s or better with p99 under 25 ms; search p99 under 60 ms. */
export function judge(run: BenchRun, names: { newest: string; bySlug: string; search: string }): Verdict[] {
  const verdicts: Verdict[] = [];
  const baseline = run.baseline.measured ? run.baseline.requestsPerSecond : undefined;
  for (const name of [names.newest, names.bySlug]) {
    const m = byName(run, name);
    if (!m?.measured || baseline === undefined) {
      verdicts.push({ target: `${name}: ≥ 50% of baseline req/s, p99 < 25 ms`, result: 'not measured', detail: m && !m.measured ? m.reason : 'no baseline' });
      continue;
    }
    const ratio = m.requestsPerSecond / baseline;
    const ok = ratio >= 0.5 && m.p99 < 25 && m.non2xx === 0 && m.requests > 0;
    verdicts.push({
      target: `${name}: ≥ 50% of baseline req/s, p99 < 25 ms`,
      result: ok ? 'pass' : 'fail',
      detail: `${(ratio * 100).toFixed(1)}% of baseline, p99 ${m.p99} ms${m.non2xx > 0 ? `, ${m.non2xx} non-2xx` : ''}`,
    });
  }
  const search = byName(run, names.search);
  verdicts.push(
    search?.measured
      ? { target: `${names.search}: p99 < 60 ms`, result: search.p99 < 60 && search.non2xx === 0 && search.requests > 0 ? 'pass' : 'fail', detail: `p99 ${search.p99} ms` }
      : { target: `${names.search}: p99 < 60 ms`, result: 'not measured', detail: search && !search.measured ? search.reason : 'not run' },
  );
  return verdicts;
}

const fixed = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function row(m: Measurement, baseline: number | undefined): string {
  const example = `\`${m.example.length > 70 ? `${m.example.slice(0, 67)}…` : m.example}\``;
  if (!m.measured) return `| ${m.name} | ${example} | – | – | – | – | not measured: ${m.reason} |`;
  if (m.requests === 0) return `| ${m.name} | ${example} | 0 | – | – | 0% | no answer completed within the run |`;
  const ratio = baseline === undefined ? '–' : `${fixed((m.requestsPerSecond / baseline) * 100, 1)}%`;
  const notes = [m.non2xx > 0 ? `${fixed(m.non2xx)} non-2xx` : '', m.errors > 0 ? `${fixed(m.errors)} errors` : ''].filter(Boolean).join(', ');
  return `| ${m.name} | ${example} | ${fixed(m.requestsPerSecond)} | ${m.p50} | ${m.p99} | ${ratio} | ${notes || `${fixed(m.requests)} requests`} |`;
}

/** The run's section of docs/BENCHMARKS.md: machine, command, data, the table, ratios and verdicts. */
export function renderRun(run: BenchRun, verdicts: readonly Verdict[]): string {
  const baseline = run.baseline.measured ? run.baseline.requestsPerSecond : undefined;
  const { machine, sizes, seeded, load } = run;
  return [
    `## ${run.date.slice(0, 10)} — ${fixed(sizes.articles)} articles, SQLite`,
    '',
    `- **Date:** ${run.date}`,
    `- **Command:** \`${run.command}\``,
    `- **Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM; Node ${machine.node}; SQLite ${machine.sqlite} (better-sqlite3)`,
    `- **Data:** ${fixed(sizes.articles)} articles, ${fixed(sizes.events)} events, ${fixed(sizes.sites)} places; database file ${fixed(run.databaseMiB)} MiB.` +
      ` Written in ${fixed(seeded.seconds.articles)} s (articles) and ${fixed(seeded.seconds.events)} s (events) by the bulk imports, ${fixed(seeded.seconds.sites)} s (places) one by one through the store.`,
    `- **Load:** autocannon on loopback, ${load.connections} connections, ${load.seconds} s per endpoint after a ${load.warmupSeconds} s warm-up; server and load generator in separate processes on the same machine; no \`If-None-Match\`, no \`Accept-Encoding\` (so no 304s and no compression).`,
    '',
    '| Endpoint | Request (first of its rotation) | req/s | p50 ms | p99 ms | of baseline | Notes |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
    row(run.baseline, baseline),
    ...run.measurements.map((m) => row(m, baseline)),
    '',
    '**Targets (issue 3, “The bar”):**',
    '',
    ...verdicts.map((v) => `- ${v.result === 'pass' ? '✅ pass' : v.result === 'fail' ? '❌ fail' : '⚠️ not measured'}: ${v.target} — ${v.detail}`),
    '',
  ].join('\n');
}

const preamble = `# Benchmarks

\`npm run bench\` builds the API, generates a database of 100,000 articles, 20,000 events and 10,000 places from a
fixed seed, and measures the public read API with autocannon on loopback. In the same run a bare \`node:http\` +
better-sqlite3 server answers the newest-list query over the same file; the API's newest list and by-slug reads are
reported as a share of its req/s. Each run appends a section below; earlier runs stay for comparison.

Targets (issue 3): newest list and by slug at ≥ 50% of the bare baseline's req/s with p99 < 25 ms; search p99 < 60 ms.
`;

/** Appends the run's section to the report, creating the file with its preamble on the first run. */
export async function appendRun(file: string, section: string): Promise<void> {
  if (!existsSync(file)) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${preamble}\n${section}`);
    return;
  }
  await appendFile(file, `\n${section}`);
}
