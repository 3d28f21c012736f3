import type { PageMeasurement } from '../load/measure-page.js';
import type { FoundPage } from '../scripts/find-pages.js';
import type { PageScripts } from '../scripts/script-weight.js';
import { fixed } from './machine.js';

/** A measured page and what it is compared with: its pre-rendered copy, or page 1 for page 283. */
export interface ComparedPage {
  page: PageMeasurement;
  against: PageMeasurement;
  /** Names the comparison in the table, e.g. "pre-rendered copy". */
  againstName: string;
}

/** Everything one web run found, as the report writes it. */
export interface WebBenchRun {
  date: string;
  command: string;
  machine: string;
  articles: number;
  load: { connections: number; seconds: number; warmupSeconds: number; rounds: number };
  /** The machine's one-minute load average when the web half started and ended: other work shares this machine. */
  loadAverage: [number, number];
  compared: ComparedPage[];
  scripts: (FoundPage & { measured?: PageScripts; error?: string })[];
}

/** The article's JavaScript budget (issue 5): it has no island, so anything above zero is a regression. */
export const articleBudgetBytes = 30 * 1024;
/** "Page 283 of a 100,000-article archive as fast as page 1": within the 10% two runs of one page differ by here. */
export const deepPageShare = 0.9;

const ratio = (a: PageMeasurement, b: PageMeasurement) => (a.measured && b.measured && b.requestsPerSecond > 0 && a.requests > 0 ? a.requestsPerSecond / b.requestsPerSecond : undefined);
const percent = (r: number | undefined) => (r === undefined ? '–' : `${fixed(r * 100, 1)}%`);
const code = (text: string) => `\`${text.length > 70 ? `${text.slice(0, 67)}…` : text}\``;

function row(m: PageMeasurement, compared: string): string {
  if (!m.measured) return `| ${m.name} | ${code(m.example)} | – | – | – | ${compared} | not measured: ${m.reason} |`;
  const notes = [m.non2xx > 0 ? `${fixed(m.non2xx)} non-2xx` : '', m.errors > 0 ? `${fixed(m.errors)} errors` : ''].filter(Boolean).join(', ');
  return `| ${m.name} | ${code(m.example)} | ${fixed(m.requestsPerSecond)} | ${m.p50} | ${m.p99} | ${compared} | ${notes || `${fixed(m.requests)} requests`} |`;
}

const kb = (bytes: number) => `${fixed(bytes / 1024, 1)} KB`;

/** The targets this run can judge, each as a line starting ✅, ❌ or ⚠️. */
export function webVerdicts(run: WebBenchRun): string[] {
  const lines: string[] = [];
  const article = run.scripts.find((s) => s.name === 'Article');
  if (article?.measured) {
    const ok = article.measured.gzipBytes <= articleBudgetBytes;
    lines.push(`- ${ok ? '✅ pass' : '❌ fail'}: Article JavaScript ≤ ${kb(articleBudgetBytes)} gzipped — ${kb(article.measured.gzipBytes)} in ${article.measured.scripts.length} scripts`);
  } else lines.push(`- ⚠️ not measured: Article JavaScript ≤ ${kb(articleBudgetBytes)} gzipped — ${article?.error ?? (article && 'missing' in article ? article.missing : 'no article')}`);
  for (const deep of run.compared.filter((c) => c.againstName === 'page 1')) {
    const share = ratio(deep.page, deep.against);
    const label = `${deep.page.name}: ≥ ${deepPageShare * 100}% of page 1's req/s`;
    const errors = deep.page.measured && (deep.page.non2xx > 0 || deep.page.errors > 0);
    lines.push(share === undefined ? `- ⚠️ not measured: ${label}` : `- ${share >= deepPageShare && !errors ? '✅ pass' : '❌ fail'}: ${label} — ${percent(share)}`);
  }
  return lines;
}

/** The run's section of docs/BENCHMARKS.md: machine, command, load, the pages table and the JavaScript table. */
export function renderWebRun(run: WebBenchRun): string {
  const { load } = run;
  const rows: string[] = [];
  for (const { page, against, againstName } of run.compared) {
    if (!rows.some((r) => r.startsWith(`| ${against.name} |`))) rows.push(row(against, '100.0%'));
    rows.push(row(page, `${percent(ratio(page, against))} of ${againstName}`));
  }
  const scriptRows = run.scripts.map((s) => {
    if (s.measured) {
      const { scripts, gzipBytes, onDemand, onDemandGzipBytes } = s.measured;
      return `| ${s.name} | ${code(s.path ?? '')} | ${scripts.length} | ${fixed(gzipBytes)} | ${onDemand.length === 0 ? '–' : `${fixed(onDemandGzipBytes)} in ${onDemand.length}`} |`;
    }
    return `| ${s.name} | ${s.path === undefined ? '–' : code(s.path)} | – | not measured: ${'missing' in s ? s.missing : (s.error ?? '')} | – |`;
  });
  return [
    `## ${run.date.slice(0, 10)} — web pages over ${fixed(run.articles)} articles`,
    '',
    `- **Date:** ${run.date}`,
    `- **Command:** \`${run.command}\``,
    `- **Machine:** ${run.machine}; one-minute load average ${fixed(run.loadAverage[0], 2)} at the start, ${fixed(run.loadAverage[1], 2)} at the end`,
    `- **Setup:** the built api (\`node apps/api/dist/server.js\`, response cache on) over the generated database, and the built web (\`node apps/web/dist/server.js\`, its API cache on) reading it over HTTP, each in its own process. Each “pre-rendered copy” is a bare \`node:http\` server, in a process of its own, sending the bytes and headers the web answered for the same addresses once.`,
    `- **Load:** autocannon on loopback, ${load.connections} connections, the same for every line; no \`If-None-Match\`, no \`Accept-Encoding\`. The two lines of each comparison are warmed up ${load.warmupSeconds} s each, then pressed in turn, ${load.rounds} slices of ${fixed(load.seconds / load.rounds, 1)} s each (${load.seconds} s per line in all), so other work on the machine weighs on both alike; p50 is the median slice's, p99 the worst slice's. “Site's API cache off” is a second web with \`API_CACHE_SECONDS=0\`, so every page asks the api.`,
    '',
    '| Page | Request (first of its rotation) | req/s | p50 ms | p99 ms | compared | Notes |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    'JavaScript each page type loads (every `<script src>`, module preload and inline script, and the modules they import statically; each gzipped at level 9). Modules its scripts may fetch later through `import()` are shown apart, outside the budget:',
    '',
    '| Page type | Address | scripts | gzipped bytes | later through `import()`, gzipped bytes |',
    '| --- | --- | ---: | ---: | ---: |',
    ...scriptRows,
    '',
    '**Targets (issue 5):**',
    '',
    ...webVerdicts(run),
    '',
  ].join('\n');
}
