import { describe, expect, it } from 'vitest';
import { type ScalePoint, growthOf, renderScaleSvg, renderScaleTable } from './scale-curve-report.js';

const measured = (name: string, p50: number) => ({ name, example: '/', measured: true as const, requestsPerSecond: 1000 / p50, p50, p99: p50 * 3, requests: 10, non2xx: 0, errors: 0 });
const point = (engine: ScalePoint['engine'], articles: number, bySlug: number, search: number): ScalePoint => ({
  engine,
  articles,
  databaseMiB: articles / 1000,
  measurements: [measured('By slug', bySlug), measured('Search', search)],
});
const points = [point('SQLite', 10_000, 1, 4), point('SQLite', 100_000, 1, 9), point('SQLite', 1_000_000, 2, 30), point('PostgreSQL', 10_000, 2, 5), point('PostgreSQL', 1_000_000, 3, 700)];

describe('the scale curve report', () => {
  it('compares the largest size with the smallest for each engine and read', () => {
    expect(growthOf(points, 'SQLite', 'Search')).toEqual({ dataRatio: 100, costRatio: 7.5 });
    expect(growthOf(points, 'PostgreSQL', 'By slug')).toEqual({ dataRatio: 100, costRatio: 1.5 });
  });

  it('says plainly when a read grows as fast as the data or faster', () => {
    const table = renderScaleTable(points, ['By slug', 'Search']);
    expect(table).toContain('SQLite, Search: ×100 the articles cost ×7.5 the median latency (sub-linear)');
    expect(table).toContain('PostgreSQL, Search: ×100 the articles cost ×140.0 the median latency (NOT sub-linear)');
    expect(table).toContain('| SQLite | 1,000,000 | 1,000 | 2.0 / 6.0 (500) | 30.0 / 90.0 (33) |');
  });

  it('draws one line per engine and read, dashed for PostgreSQL, with a title for screen readers', () => {
    const svg = renderScaleSvg(points, ['By slug', 'Search']);
    expect(svg.match(/<polyline/g)).toHaveLength(4);
    expect(svg.match(/<polyline[^>]*stroke-dasharray/g)).toHaveLength(2);
    expect(svg).toContain('<title id="title">');
    expect(svg).toContain('>1,000,000</text>');
  });
});
