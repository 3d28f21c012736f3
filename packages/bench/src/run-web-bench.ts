import { loadavg } from 'node:os';
import { join } from 'node:path';
import { type LoadOptions, type PageTarget, measurePair } from './load/measure-page.js';
import { processesIdle } from './load/process-idle.js';
import { recordPages, serveRecordedPages } from './load/recorded-page.js';
import type { ComparedPage, WebBenchRun } from './report/web-bench-report.js';
import { startApi, startWeb } from './servers/kraina-servers.js';
import { findEveryPageType, findPages, pageType } from './scripts/find-pages.js';
import { measurePageScripts } from './scripts/script-weight.js';

/** What the web bench runs over and how hard it presses. */
export interface WebBenchOptions {
  /** The database the api bench generated (and kept) for this run. */
  databaseFile: string;
  /** A scratch folder for the api's media and the recorded pages. */
  workDir: string;
  articles: number;
  load: LoadOptions;
  log: (line: string) => void;
}

// Articles are measured over a rotation of this many, as the api bench rotates its by-slug reads, so the figure is
// not one page answered from every cache over and over.
const articleRotation = 20;
const deepPage = 283;
// Each pair is pressed in turn up to five times (a slice each of seconds / rounds, at least a second), so a burst
// of other work on this shared machine lands on both pages of a ratio rather than on one.
const roundsFor = (seconds: number) => Math.max(1, Math.min(5, seconds));

/** Measures the JavaScript each page type ships; a page that cannot be measured is reported with its reason. */
async function measureScripts(siteUrl: string, log: (line: string) => void): Promise<WebBenchRun['scripts']> {
  const measured: WebBenchRun['scripts'] = [];
  for (const found of await findEveryPageType(siteUrl)) {
    if (found.path === undefined) {
      measured.push(found);
      continue;
    }
    const response = await fetch(new URL(found.path, siteUrl));
    const html = await response.text();
    if (response.status !== 200) {
      measured.push({ ...found, error: `answers ${response.status}` });
      continue;
    }
    try {
      const scripts = await measurePageScripts(new URL(found.path, siteUrl).href, html);
      log(`  ${found.name}: ${scripts.gzipBytes} bytes of JavaScript gzipped in ${scripts.scripts.length} scripts`);
      measured.push({ ...found, measured: scripts });
    } catch (error) {
      measured.push({ ...found, error: (error as Error).message });
    }
  }
  return measured;
}

/** Starts the api over the generated data and the web over the api, and measures pages and their JavaScript. */
export async function runWebBench({ databaseFile, workDir, articles, load, log }: WebBenchOptions): Promise<Omit<WebBenchRun, 'date' | 'command' | 'machine'>> {
  const loadAverageAtStart = loadavg()[0] ?? 0;
  log('Starting the api over the generated database, and the web over the api');
  const api = await startApi({ databaseFile, mediaDir: join(workDir, 'media'), demo: false });
  const stopping: (() => Promise<void>)[] = [api.stop];
  try {
    const web = await startWeb(api.url);
    stopping.push(web.stop);
    log('Measuring the JavaScript each page type loads');
    const scripts = await measureScripts(web.url, log);

    const home = ['/en/'];
    const articlePaths = (await findPages(web.url, pageType('Article'), articleRotation)).flatMap((p) => (p.path === undefined ? [] : [p.path]));
    const recorded = await serveRecordedPages(await recordPages(web.url, [...home, ...articlePaths]), join(workDir, 'recorded-pages.json'));
    stopping.push(recorded.stop);
    const settle = () => processesIdle([api.child.pid ?? 0, web.child.pid ?? 0, recorded.pid]);
    const pair = async (first: PageTarget, second: PageTarget, settleBoth = settle) => {
      log(`Measuring ${first.load.name} and ${second.load.name}, in turn`);
      return measurePair(first, second, { ...load, rounds: roundsFor(load.seconds) }, settleBoth);
    };

    const compared: ComparedPage[] = [];
    for (const [name, paths] of [['Home', home], ['Article', articlePaths]] as const) {
      const [copy, page] = await pair({ baseUrl: recorded.url, load: { name: `${name}: pre-rendered copy`, paths } }, { baseUrl: web.url, load: { name, paths } });
      compared.push({ page, against: copy, againstName: 'pre-rendered copy' });
    }
    const [first, deep] = await pair(
      { baseUrl: web.url, load: { name: 'News list, page 1', paths: ['/en/news/'] } },
      { baseUrl: web.url, load: { name: `News list, page ${deepPage}`, paths: [`/en/news/?page=${deepPage}`] } },
    );
    compared.push({ page: deep, against: first, againstName: 'page 1' });

    // Again with the site's own cache of api answers off: every page then pays for the api's list read, so page
    // 283 is compared with page 1 where the archive's depth could show.
    const uncachedWeb = await startWeb(api.url, { API_CACHE_SECONDS: '0' });
    stopping.push(uncachedWeb.stop);
    const [firstUncached, deepUncached] = await pair(
      { baseUrl: uncachedWeb.url, load: { name: "News list, page 1 (site's API cache off)", paths: ['/en/news/'] } },
      { baseUrl: uncachedWeb.url, load: { name: `News list, page ${deepPage} (site's API cache off)`, paths: [`/en/news/?page=${deepPage}`] } },
      () => processesIdle([api.child.pid ?? 0, uncachedWeb.child.pid ?? 0]),
    );
    compared.push({ page: deepUncached, against: firstUncached, againstName: 'page 1' });

    return { articles, load: { ...load, rounds: roundsFor(load.seconds) }, loadAverage: [loadAverageAtStart, loadavg()[0] ?? 0], compared, scripts };
  } finally {
    for (const stop of stopping.reverse()) await stop();
  }
}
