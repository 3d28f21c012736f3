import lighthouse, { type Flags, type Result, desktopConfig } from 'lighthouse';

/** The four Lighthouse categories audited, and the lowest score (0–100) each may have (issue 5). */
export const categoryBars = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 } as const;
export type Category = keyof typeof categoryBars;
export const categories = Object.keys(categoryBars) as Category[];

/** One audit that cost its category points: enough to act on without opening the full report. */
export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  displayValue?: string;
  /** The first few elements, resources or messages the audit names. */
  items: string[];
}

/** What one Lighthouse run of one page found. */
export interface PageAudit {
  name: string;
  path: string;
  formFactor: 'mobile' | 'desktop';
  /** Scores 0–100, or null where Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  /** Core metrics as Lighthouse shows them, e.g. "LCP 1.2 s". */
  metrics: string[];
  /** Audits below full marks in categories below their bar. */
  failing: FailingAudit[];
}

const metricIds = { 'first-contentful-paint': 'FCP', 'largest-contentful-paint': 'LCP', 'total-blocking-time': 'TBT', 'cumulative-layout-shift': 'CLS', 'speed-index': 'SI' };

// Lighthouse's details are a union of many shapes; the fields read here are the ones that name a thing to fix.
interface DetailItem {
  node?: { snippet?: string; selector?: string; explanation?: string };
  url?: string;
  source?: { url?: string; line?: number };
  description?: string;
  [key: string]: unknown;
}

function describeItem(item: DetailItem): string {
  if (item.node) return [item.node.selector, item.node.snippet, item.node.explanation?.replace(/\s+/g, ' ')].filter(Boolean).join(' — ');
  if (typeof item.url === 'string') return item.url;
  if (item.source?.url) return `${item.source.url}${item.source.line === undefined ? '' : `:${item.source.line}`}`;
  if (typeof item.description === 'string') return item.description;
  return JSON.stringify(item).slice(0, 200);
}

/**
 * Runs Lighthouse on one page through the Chromium listening on `port`: the default (mobile, simulated throttling)
 * config, or its desktop config. Resolves with the four scores and what failed where a score is below its bar.
 */
export async function auditPage(port: number, siteUrl: string, page: { name: string; path: string }, formFactor: 'mobile' | 'desktop'): Promise<PageAudit> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: categories };
  let lhr: Result | undefined;
  // A trace Chromium recorded incompletely (NO_NAVSTART on a loaded machine) is Lighthouse's own "run again" case;
  // a page that fails three times running is reported.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const result = await lighthouse(new URL(page.path, siteUrl).href, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    lhr = result?.lhr;
    if (lhr !== undefined && lhr.runtimeError === undefined) break;
  }
  if (lhr === undefined) throw new Error(`Lighthouse returned nothing for ${page.path}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);

  const scores = Object.fromEntries(
    categories.map((c) => {
      const score = lhr.categories[c]?.score;
      return [c, score === null || score === undefined ? null : Math.round(score * 100)];
    }),
  ) as Record<Category, number | null>;
  const failing: FailingAudit[] = [];
  for (const category of categories) {
    const score = scores[category];
    if (score !== null && score >= categoryBars[category]) continue;
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (audit === undefined || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      const details = audit.details as { items?: DetailItem[] } | undefined;
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        items: (details?.items ?? []).slice(0, 5).map(describeItem),
      });
    }
  }
  const metrics = Object.entries(metricIds).map(([id, short]) => `${short} ${lhr.audits[id]?.displayValue ?? '–'}`);
  return { ...page, formFactor, scores, metrics, failing };
}

/** Whether every score of a run meets its bar. */
export function meetsBars(audit: PageAudit): boolean {
  return categories.every((c) => (audit.scores[c] ?? -1) >= categoryBars[c]);
}
