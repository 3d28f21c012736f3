import { readFile } from 'node:fs/promises';

/** One reading of a process's resident memory, in MiB, at `atMs` into the run. */
export interface MemorySample {
  atMs: number;
  rssMiB: number;
}

/** The resident set size the kernel reports for a process (VmRSS), or undefined once it has gone. */
export async function residentMiB(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
    return kib === undefined ? undefined : Number(kib) / 1024;
  } catch {
    return undefined;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * How much a process grew over the last `windowMs` of the run, as a fraction: the median of the first five seconds
 * of the window against the median of its last five. Medians, because one garbage collection landing on a single
 * reading would otherwise decide the verdict; a real leak moves every reading.
 */
export function growthOverWindow(samples: readonly MemorySample[], runMs: number, windowMs: number): { fromMiB: number; toMiB: number; growth: number } {
  const windowStart = runMs - windowMs;
  const early = samples.filter((s) => s.atMs >= windowStart && s.atMs < windowStart + 5000).map((s) => s.rssMiB);
  const late = samples.filter((s) => s.atMs >= runMs - 5000).map((s) => s.rssMiB);
  const fromMiB = median(early);
  const toMiB = median(late);
  return { fromMiB, toMiB, growth: fromMiB === 0 ? 0 : toMiB / fromMiB - 1 };
}
