import type { RequestHandler } from 'express';
import type { Database } from '../db/database.js';
import { pendingMigrations } from '../db/migrate.js';

// Health says the process runs; readiness says it can serve: the database answers, and its schema is this build's.
// A load balancer sends traffic only to ready processes, so a node that has lost its database drops out of the
// pool until it can reach it again, and comes back by itself.

const checkTimeoutMs = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** `GET /api/ready`: 200 when the database answers and is fully migrated, 503 saying which check failed otherwise. */
export function answerReadiness(database: Database): RequestHandler {
  return (_req, res) => {
    void (async () => {
      let database_ = 'ok';
      try {
        const pending = await withTimeout(pendingMigrations(database), checkTimeoutMs);
        if (pending.length > 0) database_ = `not migrated: ${pending.join(', ')} pending`;
      } catch (error) {
        // The reason's first line only: a driver's message can carry a host or a user name, never a password.
        database_ = `unreachable: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 200) ?? ''}`;
      }
      const ready = database_ === 'ok';
      res
        .status(ready ? 200 : 503)
        .set('Cache-Control', 'no-store')
        .set(ready ? {} : { 'Retry-After': '5' })
        .json({ status: ready ? 'ready' : 'unavailable', checks: { database: database_ } });
    })();
  };
}
