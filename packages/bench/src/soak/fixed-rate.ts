/** One request the soak sends: a name for the report and the call itself, resolving to the HTTP status. */
export interface SoakRequest {
  name: string;
  send: () => Promise<number>;
}

/** What happened to one request: its kind, when it started (ms into the run), how long it took, and its answer. */
export interface Outcome {
  name: string;
  startedMs: number;
  latencyMs: number;
  /** The HTTP status, or 0 when no answer came (refused, reset, timed out). */
  status: number;
  error?: string;
}

/**
 * Sends requests at a fixed rate for `seconds`, open loop: the next request leaves on schedule whether or not the
 * earlier ones have been answered, as real visitors do. A closed loop (wait, then send) would slow down with the
 * server and hide exactly the queueing a soak is meant to find.
 */
export async function sendAtFixedRate(
  perSecond: number,
  seconds: number,
  next: (index: number) => SoakRequest,
  onTick: (elapsedMs: number) => void = () => undefined,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const inFlight = new Set<Promise<void>>();
  const total = Math.round(perSecond * seconds);
  const start = performance.now();
  let lastTick = 0;
  for (let index = 0; index < total; index += 1) {
    const due = (index * 1000) / perSecond;
    const wait = due - (performance.now() - start);
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const elapsed = performance.now() - start;
    if (elapsed - lastTick >= 1000) {
      lastTick = elapsed;
      onTick(elapsed);
    }
    const request = next(index);
    const sent = performance.now();
    const done: Promise<void> = request
      .send()
      .then(
        (status) => outcomes.push({ name: request.name, startedMs: sent - start, latencyMs: performance.now() - sent, status }),
        (error: unknown) =>
          outcomes.push({ name: request.name, startedMs: sent - start, latencyMs: performance.now() - sent, status: 0, error: String(error) }),
      )
      .then(() => {
        inFlight.delete(done);
      });
    inFlight.add(done);
  }
  await Promise.all(inFlight);
  return outcomes;
}

/** The value below which `fraction` of the sorted values fall (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] as number;
}
