import { describe, expect, it } from 'vitest';
import type { Outcome } from './fixed-rate.js';
import type { MemorySample } from './memory-samples.js';
import { judgeSoak, renderSoak, type SoakRun } from './soak-report.js';

const flat = (mib: number): MemorySample[] => Array.from({ length: 60 }, (_, second) => ({ atMs: second * 1000, rssMiB: mib }));
const ok = (name: string, latencyMs: number): Outcome => ({ name, startedMs: 0, latencyMs, status: 200 });

function run(overrides: Partial<SoakRun>): SoakRun {
  return {
    date: '2026-11-28T14:00:00Z',
    machine: 'test machine',
    command: 'npm run soak',
    perSecond: 100,
    seconds: 60,
    warmupSeconds: 30,
    warmupOutcomes: [ok('getArticle', 40)],
    writeShare: 0.1,
    setup: 'Two api processes.',
    outcomes: [ok('getArticle', 4), ok('createArticle', 9)],
    memory: [{ name: 'api 1', samples: flat(180) }],
    ...overrides,
  };
}

describe('the soak’s verdict', () => {
  it('passes a run with no errors and flat memory', () => {
    expect(judgeSoak(run({}))).toEqual({ passed: true, reasons: [] });
  });

  it('fails on any refusal or unanswered request, naming the request and the status', () => {
    const verdict = judgeSoak(run({ outcomes: [ok('getArticle', 3), { name: 'updateArticle', startedMs: 1, latencyMs: 2, status: 412 }] }));
    expect(verdict.passed).toBe(false);
    expect(verdict.reasons).toEqual(['1 errors: updateArticle 412 ×1']);
  });

  it('counts an error made while warming up, though warm-up latency is not reported', () => {
    const verdict = judgeSoak(run({ warmupOutcomes: [{ name: 'listArticles', startedMs: 1, latencyMs: 2, status: 500 }] }));
    expect(verdict.reasons).toEqual(['1 errors: listArticles 500 ×1']);
    expect(renderSoak(run({}))).toMatch(/\| getArticle \| 1 \| 0 \| 4\.0 \|/);
  });

  it('fails a process whose memory keeps growing over the last 40 seconds, but not one that grew only while warming up', () => {
    const leaking = Array.from({ length: 60 }, (_, second) => ({ atMs: second * 1000, rssMiB: 100 + second * 2 }));
    const warming = Array.from({ length: 60 }, (_, second) => ({ atMs: second * 1000, rssMiB: second < 15 ? 100 + second * 10 : 250 }));
    const verdict = judgeSoak(run({ memory: [{ name: 'api 1', samples: leaking }, { name: 'api 2', samples: warming }] }));
    expect(verdict.reasons).toHaveLength(1);
    expect(verdict.reasons[0]).toMatch(/^api 1 grew/);
  });

  it('judges the floor a collection returns to, so a sawtooth passes and a rising floor fails', () => {
    // Garbage piles up for twenty seconds, from 200 to 290 MiB, then a collection returns it.
    const sawtooth = Array.from({ length: 60 }, (_, second) => ({ atMs: second * 1000, rssMiB: 200 + (second % 20) * 4.5 }));
    const rising = Array.from({ length: 60 }, (_, second) => ({ atMs: second * 1000, rssMiB: 200 + second * 1.5 + (second % 20) * 4.5 }));
    const verdict = judgeSoak(run({ memory: [{ name: 'api 1', samples: sawtooth }, { name: 'api 2', samples: rising }] }));
    expect(verdict.reasons).toHaveLength(1);
    expect(verdict.reasons[0]).toMatch(/^api 2 grew/);
  });

  it('writes the verdict, the latency of each kind of request and each process’s memory', () => {
    const text = renderSoak(run({}));
    expect(text).toContain('**Passed**');
    expect(text).toMatch(/\| getArticle \| 1 \| 0 \| 4\.0 \|/);
    expect(text).toMatch(/\| api 1 \| 180\.0 \| 180\.0 \| 0\.0% \|/);
  });
});
