import type { Measurement } from './measure-endpoint.js';

/** One database engine at one size, and what each read cost there. */
export interface ScalePoint {
  engine: 'SQLite' | 'PostgreSQL';
  articles: number;
  databaseMiB: number;
  measurements: readonly Measurement[];
}

const whole = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const ms = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const p50Of = (point: ScalePoint, name: string) => {
  const found = point.measurements.find((m) => m.name === name);
  return found?.measured ? found.p50 : undefined;
};

/**
 * How a read's cost grew from the smallest size to the largest, against how much the data grew: sub-linear when the
 * latency ratio is below the size ratio. A median of 0 ms (autocannon's resolution is a millisecond) counts as 1 ms.
 */
export function growthOf(points: readonly ScalePoint[], engine: ScalePoint['engine'], name: string): { dataRatio: number; costRatio: number } | undefined {
  const sized = points.filter((p) => p.engine === engine).sort((a, b) => a.articles - b.articles);
  const [smallest, largest] = [sized[0], sized.at(-1)];
  if (!smallest || !largest || smallest === largest) return undefined;
  const [from, to] = [p50Of(smallest, name), p50Of(largest, name)];
  if (from === undefined || to === undefined) return undefined;
  return { dataRatio: largest.articles / smallest.articles, costRatio: Math.max(to, 1) / Math.max(from, 1) };
}

/** The curve as a table: one row per engine and size, p50 / p99 in ms and req/s for each read. */
export function renderScaleTable(points: readonly ScalePoint[], reads: readonly string[]): string {
  const header = `| engine | articles | database MiB | ${reads.map((r) => `${r} p50 / p99 ms (req/s)`).join(' | ')} |`;
  const rule = `|---|---:|---:|${reads.map(() => '---:').join('|')}|`;
  const rows = points.map((point) => {
    const cells = reads.map((name) => {
      const m = point.measurements.find((x) => x.name === name);
      if (!m) return '–';
      return m.measured ? `${ms(m.p50)} / ${ms(m.p99)} (${whole(m.requestsPerSecond)})` : `not measured: ${m.reason}`;
    });
    return `| ${point.engine} | ${whole(point.articles)} | ${whole(point.databaseMiB)} | ${cells.join(' | ')} |`;
  });
  const engines = [...new Set(points.map((p) => p.engine))];
  const growth = engines.flatMap((engine) =>
    reads.flatMap((name) => {
      const g = growthOf(points, engine, name);
      if (!g) return [];
      const verdict = g.costRatio < g.dataRatio ? 'sub-linear' : 'NOT sub-linear';
      return [`- ${engine}, ${name}: ×${whole(g.dataRatio)} the articles cost ×${ms(g.costRatio)} the median latency (${verdict}).`];
    }),
  );
  return [header, rule, ...rows, '', ...growth].join('\n');
}

const palette = ['#1b6ac9', '#c23b22', '#2e8540', '#8a4fbe', '#b8860b', '#00838f'];

/**
 * The curve as an SVG line chart: median latency (log scale) against the number of articles (log scale), one line
 * per engine and read, solid for SQLite and dashed for PostgreSQL. Log on both axes, so a straight line of slope
 * below one is sub-linear growth, and a flat line is cost that does not grow at all.
 */
export function renderScaleSvg(points: readonly ScalePoint[], reads: readonly string[]): string {
  const width = 760;
  const height = 420;
  const plot = { left: 70, right: 250, top: 30, bottom: 60 };
  const sizes = [...new Set(points.map((p) => p.articles))].sort((a, b) => a - b);
  const values = points.flatMap((p) => reads.map((r) => p50Of(p, r) ?? 0)).map((v) => Math.max(v, 0.5));
  const [yMin, yMax] = [Math.min(...values, 1), Math.max(...values, 10)];
  const [logY0, logY1] = [Math.floor(Math.log10(yMin)), Math.ceil(Math.log10(yMax))];
  const [logX0, logX1] = [Math.log10(sizes[0] ?? 1), Math.log10(sizes.at(-1) ?? 10)];
  const x = (n: number) => plot.left + ((Math.log10(n) - logX0) / Math.max(logX1 - logX0, 1e-9)) * (width - plot.left - plot.right);
  const y = (v: number) => height - plot.bottom - ((Math.log10(Math.max(v, 0.5)) - logY0) / Math.max(logY1 - logY0, 1e-9)) * (height - plot.top - plot.bottom);

  const grid: string[] = [];
  for (let e = logY0; e <= logY1; e += 1) {
    const v = 10 ** e;
    grid.push(`<line x1="${plot.left}" x2="${width - plot.right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`);
    grid.push(`<text x="${plot.left - 8}" y="${y(v) + 4}" text-anchor="end">${v >= 1 ? whole(v) : v} ms</text>`);
  }
  for (const size of sizes) {
    grid.push(`<line x1="${x(size)}" x2="${x(size)}" y1="${plot.top}" y2="${height - plot.bottom}" stroke="#eee"/>`);
    grid.push(`<text x="${x(size)}" y="${height - plot.bottom + 18}" text-anchor="middle">${whole(size)}</text>`);
  }
  const lines: string[] = [];
  let legendRow = 0;
  for (const engine of ['SQLite', 'PostgreSQL'] as const) {
    reads.forEach((name, index) => {
      const series = points.filter((p) => p.engine === engine).sort((a, b) => a.articles - b.articles);
      const coords = series.flatMap((p) => {
        const v = p50Of(p, name);
        return v === undefined ? [] : [`${x(p.articles).toFixed(1)},${y(v).toFixed(1)}`];
      });
      if (coords.length === 0) return;
      const colour = palette[index % palette.length] as string;
      const dash = engine === 'PostgreSQL' ? ' stroke-dasharray="6 4"' : '';
      lines.push(`<polyline fill="none" stroke="${colour}" stroke-width="2"${dash} points="${coords.join(' ')}"/>`);
      const ly = plot.top + 10 + legendRow * 20;
      legendRow += 1;
      lines.push(`<line x1="${width - plot.right + 16}" x2="${width - plot.right + 46}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2"${dash}/>`);
      lines.push(`<text x="${width - plot.right + 52}" y="${ly + 4}">${engine}: ${name}</text>`);
    });
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="title">`,
    '<title id="title">Median API latency by number of articles, SQLite and PostgreSQL (log scales)</title>',
    '<rect width="100%" height="100%" fill="#fff"/>',
    ...grid,
    `<text x="${(plot.left + width - plot.right) / 2}" y="${height - 16}" text-anchor="middle">articles (log scale)</text>`,
    `<text x="16" y="${(plot.top + height - plot.bottom) / 2}" text-anchor="middle" transform="rotate(-90 16 ${(plot.top + height - plot.bottom) / 2})">median latency, ms (log scale)</text>`,
    ...lines,
    '</svg>',
    '',
  ].join('\n');
}
