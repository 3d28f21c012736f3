import type { KrainaClient } from '@kraina/core';
import type { Logger } from 'pino';

/** What following the API's content version needs. */
export interface FollowOptions {
  /** A client without the site's cache: the version must be read fresh each time. */
  api: Pick<KrainaClient, 'getContentVersion'>;
  /** How long between reads; 0 follows nothing (answers then live for API_CACHE_SECONDS). */
  everyMs: number;
  /** Called when the version differs from the last one read: the site drops its copies of the API's answers. */
  onChange: () => void;
  logger?: Logger;
}

/** A running follower of the content version. */
export interface ContentVersionFollower {
  /** Stops reading, waiting for a read in progress to end, so nothing runs after the server has closed. */
  close: () => Promise<void>;
}

/**
 * Reads the API's public content version every `everyMs` and calls `onChange` whenever it differs from the last.
 * Polling works the same for one process with no Redis and for many behind a balancer, each asking on its own; a
 * read is a single-row lookup the API never caches. While the API cannot be reached nothing changes here, and the
 * cache's own time limit still bounds staleness; a warning is logged once per outage, not once per read.
 */
export function followContentVersion({ api, everyMs, onChange, logger }: FollowOptions): ContentVersionFollower {
  if (everyMs <= 0) return { close: () => Promise.resolve() };
  let last: number | undefined;
  let isFailing = false;
  let isClosed = false;
  let timer: NodeJS.Timeout | undefined;
  let reading: Promise<void> = Promise.resolve();

  async function readOnce(): Promise<void> {
    try {
      const { version } = await api.getContentVersion({ signal: AbortSignal.timeout(Math.max(everyMs, 1000)) });
      if (isFailing) logger?.info('the content version can be read again');
      isFailing = false;
      if (last !== undefined && version !== last) onChange();
      last = version;
    } catch (error) {
      if (!isFailing) logger?.warn({ err: error }, 'cannot read the content version; cached answers expire by time alone');
      isFailing = true;
    }
  }

  // One read after another, never two at once, however slow the API is.
  const schedule = () => {
    if (isClosed) return;
    timer = setTimeout(() => {
      reading = readOnce().finally(schedule);
    }, everyMs);
    // The server's own handles keep the process alive; a poll alone must not.
    timer.unref();
  };
  reading = readOnce().finally(schedule);

  return {
    close: async () => {
      isClosed = true;
      clearTimeout(timer);
      await reading;
    },
  };
}
