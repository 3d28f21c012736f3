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

const floor = (values: number[]) => (values.length === 0 ? 0 : Math.min(...values));

/**
 * How much a process grew over the last `windowMs` of the run, as a fraction: the lowest reading of the window's
 * second half against the lowest of its first. Resident memory under load is a sawtooth (garbage piles up, then a
 * collection returns it, every twenty seconds or so here), and readings a few seconds long land anywhere on it; the
 * floor after each collection is what a process keeps, and a leak raises it.
 */
export function growthOverWindow(samples: readonly MemorySample[], runMs: number, windowMs: number): { fromMiB: number; toMiB: number; growth: number } {
  const windowStart = runMs - windowMs;
  const middle = runMs - windowMs / 2;
  const fromMiB = floor(samples.filter((s) => s.atMs >= windowStart && s.atMs < middle).map((s) => s.rssMiB));
  const toMiB = floor(samples.filter((s) => s.atMs >= middle && s.atMs <= runMs).map((s) => s.rssMiB));
  return { fromMiB, toMiB, growth: fromMiB === 0 ? 0 : toMiB / fromMiB - 1 };
}
