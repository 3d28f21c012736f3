import autocannon from 'autocannon';

/** One line of the benchmark: a name, and the paths its requests take in turn. */
export interface Endpoint {
  name: string;
  /** Requests cycle through these, so a run is not one cached row answered over and over. */
  paths: readonly string[];
}

/** How hard and how long to press. */
export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

/** What one endpoint did under load, or why it was not measured. */
export type Measurement =
  | { name: string; example: string; measured: true; requestsPerSecond: number; p50: number; p99: number; requests: number; non2xx: number; errors: number }
  | { name: string; example: string; measured: false; reason: string };

function run(baseUrl: string, endpoint: Endpoint, connections: number, seconds: number): Promise<autocannon.Result> {
  let turn = 0;
  return autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    // No If-None-Match is ever sent, so every answer is a full 200: ETags would otherwise measure only a hash compare.
    // A minute's timeout: a slow endpoint is reported with its real latency rather than as connection errors.
    timeout: 60,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const path = endpoint.paths[turn % endpoint.paths.length] as string;
          turn += 1;
          return { ...request, path };
        },
      },
    ],
  });
}

/**
 * Measures one endpoint: checks that its first path answers 2xx (a route not served yet is reported, not timed),
 * warms up (JIT, SQLite page cache), then presses for `seconds` and keeps req/s and latency percentiles.
 * `settle` resolves once the server is idle again.
 */
export async function measureEndpoint(baseUrl: string, endpoint: Endpoint, options: LoadOptions, settle: () => Promise<void>): Promise<Measurement> {
  const example = endpoint.paths[0] ?? '/';
  const probe = await fetch(new URL(example, baseUrl));
  const text = await probe.text();
  if (!probe.ok) {
    const title = /"title":"([^"]*)"/.exec(text)?.[1] ?? text.slice(0, 80);
    return { name: endpoint.name, example, measured: false, reason: `answers ${probe.status} (${title})` };
  }
  if (options.warmupSeconds > 0) {
    await run(baseUrl, endpoint, options.connections, options.warmupSeconds);
    await settle();
  }
  const result = await run(baseUrl, endpoint, options.connections, options.seconds);
  // autocannon stops sending when its time is up, but a slow endpoint leaves the server working through requests
  // already read; the next endpoint must not be measured while they finish.
  await settle();
  return {
    name: endpoint.name,
    example,
    measured: true,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
