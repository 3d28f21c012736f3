import autocannon from 'autocannon';

/** One line of the web benchmark: a name, and the addresses its requests take in turn. */
export interface PageLoad {
  name: string;
  /** Requests cycle through these, so an article run is not one page answered over and over. */
  paths: readonly string[];
}

/** How hard and how long to press; the same for every line of a run, the baseline's included. */
export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

/** What one page did under load, or why it was not measured. */
export type PageMeasurement =
  | { name: string; example: string; measured: true; requestsPerSecond: number; p50: number; p99: number; requests: number; non2xx: number; errors: number }
  | { name: string; example: string; measured: false; reason: string };

function press(baseUrl: string, load: PageLoad, connections: number, seconds: number): Promise<autocannon.Result> {
  let turn = 0;
  return autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    // The API bench's settings, so its figures and these read alike: no If-None-Match (every answer a full 200),
    // no Accept-Encoding, and a minute's timeout so a slow page shows its real latency rather than errors.
    timeout: 60,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const path = load.paths[turn % load.paths.length] as string;
          turn += 1;
          return { ...request, path };
        },
      },
    ],
  });
}

/** A page on a server: the address the load generator presses and what it asks for there. */
export interface PageTarget {
  baseUrl: string;
  load: PageLoad;
}

type Round = autocannon.Result;

async function probe({ baseUrl, load }: PageTarget): Promise<string | undefined> {
  const example = load.paths[0];
  if (example === undefined) return 'no address found';
  const response = await fetch(new URL(example, baseUrl));
  await response.arrayBuffer();
  return response.status === 200 ? undefined : `answers ${response.status}`;
}

function summarise(load: PageLoad, rounds: readonly Round[], seconds: number): PageMeasurement {
  const sorted = (values: number[]) => values.sort((a, b) => a - b);
  const requests = rounds.reduce((sum, r) => sum + r.requests.total, 0);
  return {
    name: load.name,
    example: load.paths[0] as string,
    measured: true,
    requestsPerSecond: requests / seconds,
    // Percentiles of separate rounds cannot be merged exactly: the median round's median, and the worst round's p99.
    p50: sorted(rounds.map((r) => r.latency.p50))[Math.floor(rounds.length / 2)] ?? 0,
    p99: Math.max(...rounds.map((r) => r.latency.p99)),
    requests,
    non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

/**
 * Measures two pages for a ratio between them: checks that each answers 200 (a page not built yet is reported, not
 * timed), warms both up, then presses them in turn, `rounds` slices each, so that the other helpers and jobs
 * sharing this machine weigh on both alike rather than on whichever ran while they were busy. `settle` resolves
 * once the servers are idle again.
 */
export async function measurePair(
  first: PageTarget,
  second: PageTarget,
  options: LoadOptions & { rounds: number },
  settle: () => Promise<void>,
): Promise<[PageMeasurement, PageMeasurement]> {
  const targets = [first, second] as const;
  const problems = await Promise.all(targets.map(probe));
  const measured = targets.map(() => [] as Round[]);
  const slice = options.seconds / options.rounds;
  if (problems.every((p) => p === undefined)) {
    for (const target of targets) {
      if (options.warmupSeconds > 0) await press(target.baseUrl, target.load, options.connections, options.warmupSeconds);
      await settle();
    }
    for (let round = 0; round < options.rounds; round += 1) {
      for (const [index, target] of targets.entries()) {
        // autocannon stops sending when its time is up, but the server may still be working through requests it
        // read; the next slice must not share the machine with them.
        measured[index]?.push(await press(target.baseUrl, target.load, options.connections, slice));
        await settle();
      }
    }
  }
  const result = (index: 0 | 1): PageMeasurement => {
    const { load } = targets[index];
    const other = index === 0 ? 1 : 0;
    const otherProblem = problems[other] === undefined ? undefined : `not timed: ${targets[other].load.name} ${problems[other]}`;
    const problem = problems[index] ?? otherProblem;
    if (problem !== undefined) return { name: load.name, example: load.paths[0] ?? '–', measured: false, reason: problem };
    return summarise(load, measured[index] ?? [], slice * options.rounds);
  };
  return [result(0), result(1)];
}
