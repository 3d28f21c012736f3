import { describe, expect, it } from 'vitest';
import type { PageMeasurement } from '../load/measure-page.js';
import { type WebBenchRun, articleBudgetBytes, renderWebRun, webVerdicts } from './web-bench-report.js';

const measured = (name: string, requestsPerSecond: number, extra: Partial<PageMeasurement> = {}): PageMeasurement =>
  ({ name, example: '/en/news/', measured: true, requestsPerSecond, p50: 4, p99: 20, requests: requestsPerSecond * 10, non2xx: 0, errors: 0, ...extra }) as PageMeasurement;

function run(articleGzipBytes: number, deepPerSecond: number, firstPerSecond = 1000): WebBenchRun {
  return {
    date: '2026-11-28T12:00:00.000Z',
    command: 'npm run bench',
    machine: 'test machine',
    articles: 100_000,
    load: { connections: 10, seconds: 10, warmupSeconds: 3, rounds: 5 },
    loadAverage: [0.5, 0.7],
    compared: [
      { page: measured('Article', 800), against: measured('Article: pre-rendered copy', 4000), againstName: 'pre-rendered copy' },
      { page: measured('News list, page 283', deepPerSecond), against: measured('News list, page 1', firstPerSecond), againstName: 'page 1' },
    ],
    scripts: [
      { name: 'Article', path: '/en/news/economy/a', measured: { url: 'http://x/en/news/economy/a', scripts: [], gzipBytes: articleGzipBytes, onDemand: [], onDemandGzipBytes: 0 } },
      { name: 'Event', missing: 'no link to one on /en/events/' },
    ],
  };
}

describe('the web bench report', () => {
  it('passes an article with no JavaScript and a page 283 as fast as page 1', () => {
    const verdicts = webVerdicts(run(0, 990));
    expect(verdicts).toHaveLength(2);
    expect(verdicts.every((line) => line.startsWith('- ✅ pass'))).toBe(true);
  });

  it('fails an article over its budget by a single byte, and a page 283 at 89% of page 1', () => {
    const verdicts = webVerdicts(run(articleBudgetBytes + 1, 890));
    expect(verdicts[0]).toMatch(/^- ❌ fail: Article JavaScript/);
    expect(verdicts[1]).toMatch(/^- ❌ fail: News list, page 283: .* — 89\.0%$/);
  });

  it('does not pass a page 283 that answered errors, however fast', () => {
    const failing = run(0, 2000);
    const deep = failing.compared[1];
    if (deep) deep.page = measured('News list, page 283', 2000, { non2xx: 5 });
    expect(webVerdicts(failing)[1]).toMatch(/^- ❌ fail/);
  });

  it('shows each page against what it is compared with, and names a page type it could not find', () => {
    const section = renderWebRun(run(0, 990));
    expect(section).toContain('| Article | `/en/news/` | 800 | 4 | 20 | 20.0% of pre-rendered copy | 8,000 requests |');
    expect(section).toContain('| Event | – | – | not measured: no link to one on /en/events/ | – |');
    expect(section.startsWith('## 2026-11-28 — web pages over 100,000 articles')).toBe(true);
  });
});
