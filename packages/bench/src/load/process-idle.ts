import { readFile } from 'node:fs/promises';

// The servers under load are plain `node dist/server.js` processes with no channel to ask how busy they are, so
// their CPU time is read from the kernel: fields 14 and 15 of /proc/<pid>/stat (user and system time in ticks).
// Linux reports 100 ticks a second on every architecture Node supports there.
const ticksPerSecond = 100;
const windowMs = 500;

async function cpuSeconds(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; fields are counted from after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/**
 * Resolves once every process uses under 5% of a core over half a second, or after two minutes. A server under
 * load keeps working through requests already read when the load generator stops; the next measurement must not
 * share the machine with them. Where /proc is missing (not Linux), it waits two seconds instead.
 */
export async function processesIdle(pids: readonly number[]): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const before = await Promise.all(pids.map(cpuSeconds));
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = await Promise.all(pids.map(cpuSeconds));
    if (before.some((b) => b === undefined)) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return;
    }
    const busiest = Math.max(...after.map((a, i) => ((a ?? 0) - (before[i] ?? 0)) / (windowMs / 1000)));
    if (busiest < 0.05) return;
  }
  console.warn('A server was still busy after two minutes; measuring on regardless.');
}
