import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { pendingMigrations } from '../db/migrate.js';
import type { ReadReplica } from '../db/read-replica.js';

// Health says the process runs; readiness says it can serve: the database answers, and its schema is this build's;
// Redis answers, when sessions and sign-in throttling live there. A load balancer sends traffic only to ready
// processes, so a node that has lost a dependency drops out of the pool until it can reach it again, and comes back
// by itself. A read replica is reported but never makes a process unready: public reads go to the primary meanwhile.

const checkTimeoutMs = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

// The reason's first line only: a driver's message can carry a host or a user name, never a password.
const unreachable = (error: unknown) => `unreachable: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 200) ?? ''}`;

async function checkDatabase(database: Database): Promise<string> {
  try {
    const pending = await withTimeout(pendingMigrations(database), checkTimeoutMs);
    return pending.length > 0 ? `not migrated: ${pending.join(', ')} pending` : 'ok';
  } catch (error) {
    return unreachable(error);
  }
}

async function checkRedis(redis: Redis): Promise<string> {
  // A connection that is not up fails now rather than after a reconnection attempt.
  if (redis.status !== 'ready') return unreachable(`the connection is ${redis.status}`);
  try {
    await withTimeout(redis.ping(), checkTimeoutMs);
    return 'ok';
  } catch (error) {
    return unreachable(error);
  }
}

async function checkReplica(replica: ReadReplica): Promise<string> {
  try {
    await withTimeout(sql`select 1`.execute(replica.database.db), checkTimeoutMs);
    return replica.isUsable() ? 'ok' : 'ok (public reads go back to it at the next probe)';
  } catch (error) {
    replica.reportUnavailable(error);
    return `${unreachable(error)}; public reads go to the primary`;
  }
}

/** What readiness checks: the database always, Redis and the read replica when the process uses them. */
export interface ReadinessDependencies {
  database: Database;
  redis?: Redis;
  replica?: ReadReplica;
}

/** `GET /api/ready`: 200 when every dependency the process needs answers, 503 naming the ones that do not. */
export function answerReadiness({ database, redis, replica }: ReadinessDependencies): RequestHandler {
  return (_req, res) => {
    void (async () => {
      const [databaseCheck, redisCheck, replicaCheck] = await Promise.all([checkDatabase(database), redis && checkRedis(redis), replica && checkReplica(replica)]);
      const checks = { database: databaseCheck, ...(redisCheck === undefined ? {} : { redis: redisCheck }), ...(replicaCheck === undefined ? {} : { replica: replicaCheck }) };
      const ready = databaseCheck === 'ok' && (redisCheck === undefined || redisCheck === 'ok');
      res
        .status(ready ? 200 : 503)
        .set('Cache-Control', 'no-store')
        .set(ready ? {} : { 'Retry-After': '5' })
        .json({ status: ready ? 'ready' : 'unavailable', checks });
    })();
  };
}
