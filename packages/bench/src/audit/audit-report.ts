import { type PageAudit, categories, categoryBars, meetsBars } from './lighthouse-run.js';

/** Everything one `npm run audit` found, as the report writes it. */
export interface AuditRun {
  date: string;
  command: string;
  machine: string;
  chromium: string;
  lighthouse: string;
  /** The site audited: started here over the demo portal, or the address given with --url. */
  site: { demo: true } | { demo: false; url: string };
  audits: PageAudit[];
  /** Page types with no address found (a list with no link yet), named so a missing page is never a silent pass. */
  missing: { name: string; reason: string }[];
}

const names = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' } as const;
const cell = (audit: PageAudit, c: (typeof categories)[number]) => {
  const score = audit.scores[c];
  if (score === null) return '⚠️ –';
  return score >= categoryBars[c] ? `${score}` : `❌ ${score}`;
};
const oneLine = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 240);

/** The run's section of docs/BENCHMARKS.md: machine, versions, a score table, and each failing audit. */
export function renderAuditRun(run: AuditRun): string {
  const failures = run.audits.filter((a) => !meetsBars(a));
  return [
    `## ${run.date.slice(0, 10)} — Lighthouse audit of the public site`,
    '',
    `- **Date:** ${run.date}`,
    `- **Command:** \`${run.command}\``,
    `- **Machine:** ${run.machine}; ${run.chromium}; Lighthouse ${run.lighthouse}`,
    `- **Setup:** ${run.site.demo ? 'the built web (`node apps/web/dist/server.js`) over the built api with the demo portal (`KRAINA_DEMO=on`, a new SQLite file), on loopback' : `the site already running at ${run.site.url}`}. Mobile is Lighthouse's default config (simulated slow 4G and 4× CPU slowdown); desktop its desktop config.`,
    `- **Bars:** ${categories.map((c) => `${names[c]} ≥ ${categoryBars[c]}`).join(', ')}`,
    '',
    `| Page | Address | Form factor | ${categories.map((c) => names[c]).join(' | ')} | Metrics |`,
    `| --- | --- | --- | ${categories.map(() => '---:').join(' | ')} | --- |`,
    ...run.audits.map((a) => `| ${a.name} | \`${a.path}\` | ${a.formFactor} | ${categories.map((c) => cell(a, c)).join(' | ')} | ${a.metrics.join(', ')} |`),
    ...run.missing.map((m) => `| ${m.name} | – | – | ${categories.map(() => '⚠️ –').join(' | ')} | not audited: ${m.reason} |`),
    '',
    failures.length === 0 && run.missing.length === 0
      ? '**Result:** ✅ every page meets every bar.'
      : `**Result:** ❌ ${failures.length} of ${run.audits.length} runs below a bar${run.missing.length > 0 ? `, ${run.missing.length} page types not found` : ''}.`,
    ...failures.flatMap((a) => [
      '',
      `Failing audits on ${a.name} (${a.formFactor}):`,
      '',
      ...a.failing.map((f) => `- ${names[f.category]}: \`${f.id}\` — ${oneLine(f.title)}${f.displayValue ? ` (${oneLine(f.displayValue)})` : ''}${f.items.length > 0 ? `: ${f.items.map(oneLine).join('; ')}` : ''}`),
    ]),
    '',
  ].join('\n');
}
