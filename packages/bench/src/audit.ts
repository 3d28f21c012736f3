import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import { type AuditRun, renderAuditRun } from './audit/audit-report.js';
import { type PageAudit, auditPage, meetsBars } from './audit/lighthouse-run.js';
import { appendSection, commandLine, describeMachine } from './report/machine.js';
import { findPages, pageType } from './scripts/find-pages.js';
import { startApi, startWeb } from './servers/kraina-servers.js';

// `npm run audit`: Lighthouse 12.2.3 (13 needs Node 22) on the built web over the demo portal, for home, an article,
// the events calendar and a place, on mobile and desktop. Prints the scores, appends them to docs/BENCHMARKS.md and
// exits 1 when any category is below its bar, naming the audits that cost the points.

const { values: args } = parseArgs({
  options: {
    report: { type: 'string', default: 'docs/BENCHMARKS.md' },
    'no-report': { type: 'boolean', default: false },
    'mobile-only': { type: 'boolean', default: false },
    // Audit a site that is already running (such as `npm start`'s) instead of starting the demo.
    url: { type: 'string' },
  },
});
// The same browser as the journeys; nothing here downloads one.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const audited = ['Home', 'Article', 'Events calendar', 'Place'];

async function startDemoSite(dir: string, stopping: (() => Promise<void>)[], log: (line: string) => void): Promise<{ url: string }> {
  log('Starting the api with the demo portal (its first start loads the demo: a minute or more) and the web');
  const api = await startApi({ databaseFile: join(dir, 'kraina.db'), mediaDir: join(dir, 'media'), demo: true });
  stopping.push(api.stop);
  const web = await startWeb(api.url);
  stopping.push(web.stop);
  return web;
}

async function main(): Promise<number> {
  const log = (line: string) => console.log(line);
  const date = new Date().toISOString();
  const dir = mkdtempSync(join(tmpdir(), 'kraina-audit-'));
  const stopping: (() => Promise<void>)[] = [];
  try {
    const web = args.url === undefined ? await startDemoSite(dir, stopping, log) : { url: new URL(args.url).origin };

    const pages: { name: string; path: string }[] = [];
    const missing: AuditRun['missing'] = [];
    for (const name of audited) {
      const [found] = await findPages(web.url, pageType(name));
      if (found?.path === undefined) {
        missing.push({ name, reason: found && 'missing' in found ? found.missing : 'not found' });
        continue;
      }
      const status = (await fetch(new URL(found.path, web.url))).status;
      if (status === 200) pages.push({ name, path: found.path });
      else missing.push({ name, reason: `${found.path} answers ${status}` });
    }

    const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
    stopping.push(async () => {
      chrome.kill();
      await Promise.resolve();
    });
    const audits: PageAudit[] = [];
    for (const formFactor of args['mobile-only'] ? (['mobile'] as const) : (['mobile', 'desktop'] as const)) {
      for (const page of pages) {
        log(`Lighthouse: ${page.name} (${page.path}), ${formFactor}`);
        const audit = await auditPage(chrome.port, web.url, page, formFactor);
        log(`  ${Object.entries(audit.scores).map(([c, s]) => `${c} ${s ?? '–'}`).join(', ')}`);
        audits.push(audit);
      }
    }

    const run: AuditRun = {
      date,
      command: commandLine('audit'),
      machine: describeMachine(),
      // Debian's wrapper script prints a shell warning on stderr; the version is on stdout.
      chromium: execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
      lighthouse: (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version,
      site: args.url === undefined ? { demo: true } : { demo: false, url: web.url },
      audits,
      missing,
    };
    const section = renderAuditRun(run);
    log(`\n${section}`);
    if (!args['no-report']) {
      await appendSection(resolve(args.report), section);
      log(`Recorded in ${resolve(args.report)}`);
    }
    return audits.every(meetsBars) && missing.length === 0 ? 0 : 1;
  } finally {
    for (const stop of stopping.reverse()) await stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
