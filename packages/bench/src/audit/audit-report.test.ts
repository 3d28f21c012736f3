import { describe, expect, it } from 'vitest';
import { type AuditRun, renderAuditRun } from './audit-report.js';
import { type PageAudit, meetsBars } from './lighthouse-run.js';

const audit = (scores: PageAudit['scores'], failing: PageAudit['failing'] = []): PageAudit => ({
  name: 'Place',
  path: '/en/places/museum/national-art-museum',
  formFactor: 'mobile',
  scores,
  metrics: ['LCP 2.9 s'],
  failing,
});
const perfect = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };

function run(audits: PageAudit[], missing: AuditRun['missing'] = []): AuditRun {
  return { date: '2026-11-28T12:00:00.000Z', command: 'npm run audit', machine: 'm', chromium: 'Chromium 156', lighthouse: '12.2.3', site: { demo: true }, audits, missing };
}

describe('the audit bars', () => {
  it('hold at exactly 95 for performance and fail at 99 for accessibility', () => {
    expect(meetsBars(audit({ ...perfect, performance: 95, 'best-practices': 95 }))).toBe(true);
    expect(meetsBars(audit({ ...perfect, accessibility: 99 }))).toBe(false);
  });

  it('fail a category Lighthouse could not score', () => {
    expect(meetsBars(audit({ ...perfect, seo: null }))).toBe(false);
  });
});

describe('the audit report', () => {
  it('marks a score below its bar and lists the audits that cost it, with what they name', () => {
    const section = renderAuditRun(
      run([
        audit({ ...perfect, performance: 81 }, [
          { category: 'performance', id: 'largest-contentful-paint', title: 'Largest Contentful Paint', displayValue: '4.1 s', items: [] },
          { category: 'performance', id: 'render-blocking-resources', title: 'Eliminate render-blocking resources', items: ['http://127.0.0.1/assets/leaflet.css'] },
        ]),
      ]),
    );
    expect(section).toContain('| Place | `/en/places/museum/national-art-museum` | mobile | ❌ 81 | 100 | 100 | 100 | LCP 2.9 s |');
    expect(section).toContain('- Performance: `largest-contentful-paint` — Largest Contentful Paint (4.1 s)');
    expect(section).toContain('- Performance: `render-blocking-resources` — Eliminate render-blocking resources: http://127.0.0.1/assets/leaflet.css');
    expect(section).toContain('**Result:** ❌ 1 of 1 runs below a bar.');
  });

  it('never reports a pass when a page type was not found', () => {
    const section = renderAuditRun(run([audit(perfect)], [{ name: 'Events calendar', reason: '/en/events/ answers 404' }]));
    expect(section).toContain('not audited: /en/events/ answers 404');
    expect(section).toContain('**Result:** ❌ 0 of 1 runs below a bar, 1 page types not found.');
  });
});
