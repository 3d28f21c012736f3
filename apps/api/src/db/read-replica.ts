import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from './database.js';

/** A read replica as public reads use it: whether to send them there now, and what to do when it fails them. */
export interface ReadReplica {
  database: Database;
  /** Whether public reads go to the replica now: not after it failed one, until a probe finds it answering again. */
  isUsable: () => boolean;
  /** Notes that the replica could not answer: logged once per outage, then probed until it answers. */
  reportUnavailable: (error: unknown) => void;
  /** Stops probing and closes the replica's connections. */
  close: () => Promise<void>;
}

/**
 * Watches a read replica so that its outage costs readers nothing: public reads go to the primary meanwhile, with
 * one log line when the replica goes away and one when it is back, however many requests pass in between.
 */
export function watchReadReplica(database: Database, { logger, probeEveryMs = 5000 }: { logger?: Logger; probeEveryMs?: number } = {}): ReadReplica {
  let probe: NodeJS.Timeout | undefined;
  let probing = false;

  async function tryAgain(): Promise<void> {
    if (probing) return;
    probing = true;
    try {
      await sql`select 1`.execute(database.db);
      clearInterval(probe);
      probe = undefined;
      logger?.info('the read replica answers again: public reads go back to it');
    } catch {
      // Still away: the next probe tries again.
    } finally {
      probing = false;
    }
  }

  return {
    database,
    isUsable: () => probe === undefined,
    reportUnavailable(error) {
      if (probe !== undefined) return;
      logger?.warn({ err: error }, 'the read replica cannot be reached: public reads go to the primary until it answers');
      probe = setInterval(() => void tryAgain(), probeEveryMs);
      probe.unref(); // a stopping server is not held open by it
    },
    close: async () => {
      clearInterval(probe);
      await database.close();
    },
  };
}
