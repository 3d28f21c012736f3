import { readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';

/** The CPU model as the kernel reports it, the core count, memory and Node: numbers mean little without them. */
export function describeMachine(): string {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: os.cpus() has the model too.
  }
  return `${cpu}, ${cpus().length} cores, ${Math.round((totalmem() / 2 ** 30) * 10) / 10} GiB RAM; Node ${process.version}`;
}

/** The command as typed, with the arguments npm passed on after `--`. */
export function commandLine(script: string): string {
  const extra = process.argv.slice(2).join(' ');
  return `npm run ${script}${extra ? ` -- ${extra}` : ''}`;
}

/** Appends a run's section to docs/BENCHMARKS.md (which the api bench creates with its preamble). */
export async function appendSection(file: string, section: string): Promise<void> {
  await appendFile(file, `\n${section}`);
}

/** A whole number or a fixed number of decimals, with thousands separated, as the api bench writes them. */
export const fixed = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
