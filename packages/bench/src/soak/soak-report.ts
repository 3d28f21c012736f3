import { fixed } from '../report/machine.js';
import { type Outcome, percentile } from './fixed-rate.js';
import { type MemorySample, growthOverWindow } from './memory-samples.js';

/** Everything one soak run measured, and how it was run. */
export interface SoakRun {
  date: string;
  machine: string;
  command: string;
  perSecond: number;
  seconds: number;
  /** Seconds of the same traffic before the measured run, so JIT, pools and caches have settled; its errors count. */
  warmupSeconds: number;
  warmupOutcomes: readonly Outcome[];
  writeShare: number;
  setup: string;
  outcomes: readonly Outcome[];
  /** Resident memory of each process under test, sampled every second. */
  memory: readonly { name: string; samples: readonly MemorySample[] }[];
}

/** How much memory growth over the last 40 s the bar allows, and the window it is measured over. */
export const memoryBar = { windowMs: 40_000, growth: 0.1 };

// An answer is an error unless it is a success: a soak of a healthy portal expects no refusal at all.
const isError = (outcome: Outcome) => outcome.status === 0 || outcome.status >= 400;

/** Whether the run meets the bar: no error, and no process growing 10% or more over the last 40 s. */
export function judgeSoak(run: SoakRun): { passed: boolean; reasons: string[] } {
  const reasons: string[] = [];
  const errors = [...run.warmupOutcomes, ...run.outcomes].filter(isError);
  if (errors.length > 0) {
    const byStatus = new Map<string, number>();
    for (const error of errors) {
      const key = `${error.name} ${error.status === 0 ? (error.error ?? 'no answer') : error.status}`;
      byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
    }
    reasons.push(`${errors.length} errors: ${[...byStatus].map(([key, count]) => `${key} ×${count}`).join(', ')}`);
  }
  for (const { name, samples } of run.memory) {
    const { growth } = growthOverWindow(samples, run.seconds * 1000, memoryBar.windowMs);
    if (growth >= memoryBar.growth) reasons.push(`${name} grew ${fixed(growth * 100, 1)}% over the last 40 s`);
  }
  return { passed: reasons.length === 0, reasons };
}

function latencyRow(name: string, outcomes: readonly Outcome[]): string {
  const sorted = outcomes.map((o) => o.latencyMs).sort((a, b) => a - b);
  const errors = outcomes.filter(isError).length;
  return `| ${name} | ${fixed(outcomes.length)} | ${errors} | ${fixed(percentile(sorted, 0.5), 1)} | ${fixed(percentile(sorted, 0.99), 1)} | ${fixed(sorted.at(-1) ?? 0, 1)} |`;
}

/** The run as a section of docs/BENCHMARKS.md. */
export function renderSoak(run: SoakRun): string {
  const verdict = judgeSoak(run);
  const names = [...new Set(run.outcomes.map((o) => o.name))].sort();
  const writes = new Set(['createArticle', 'updateArticle', 'publishArticle']);
  const reads = run.outcomes.filter((o) => !writes.has(o.name));
  const written = run.outcomes.filter((o) => writes.has(o.name));
  const memoryRows = run.memory.map(({ name, samples }) => {
    const { fromMiB, toMiB, growth } = growthOverWindow(samples, run.seconds * 1000, memoryBar.windowMs);
    const peak = Math.max(...samples.map((s) => s.rssMiB));
    return `| ${name} | ${fixed(fromMiB, 1)} | ${fixed(toMiB, 1)} | ${fixed(growth * 100, 1)}% | ${fixed(peak, 1)} |`;
  });
  return [
    `## Soak, ${run.date}`,
    '',
    `Machine: ${run.machine}. Command: \`${run.command}\`.`,
    `${run.setup} ${fixed(run.perSecond)} requests a second, open loop, for ${run.seconds} s after ${run.warmupSeconds} s of the same traffic to warm up (its ${fixed(run.warmupOutcomes.length)} requests count towards the errors, not the figures): ${fixed(100 - run.writeShare * 100)}% public reads cycling through every public read of the API, ${fixed(run.writeShare * 100)}% staff writes (create, edit with If-Match, publish) through a session and an API token in turn.`,
    '',
    `**${verdict.passed ? 'Passed' : 'Failed'}**${verdict.passed ? ': no errors, and no process grew 10% or more over the last 40 s.' : `: ${verdict.reasons.join('; ')}.`}`,
    '',
    '| requests | count | errors | p50 ms | p99 ms | max ms |',
    '|---|---:|---:|---:|---:|---:|',
    latencyRow('**all**', run.outcomes),
    latencyRow('public reads', reads),
    latencyRow('staff writes', written),
    ...names.map((name) => latencyRow(name, run.outcomes.filter((o) => o.name === name))),
    '',
    `| process | lowest RSS ${run.seconds - memoryBar.windowMs / 1000}–${run.seconds - memoryBar.windowMs / 2000} s, MiB | lowest RSS ${run.seconds - memoryBar.windowMs / 2000}–${run.seconds} s, MiB | growth | peak MiB |`,
    '|---|---:|---:|---:|---:|',
    ...memoryRows,
    '',
  ].join('\n');
}
