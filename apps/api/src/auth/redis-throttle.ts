import { randomUUID } from 'node:crypto';
import { AppError } from '@kraina/core';
import type { Redis } from 'ioredis';
import { type SignInLimits, type SignInThrottle, defaultSignInLimits, limitOf } from './sign-in-throttle.js';

// The sign-in throttle in Redis, for many API processes: each key is a sorted set of its failures scored by time,
// so the window slides exactly as the database throttle's does and every process counts into the same sets.
// Times come from the app's clock, not Redis's, so both throttles read one clock and tests move it.

/** Where a Redis throttle keeps its keys, and what it counts by. */
export interface RedisThrottleOptions {
  /** Put before every key, so several portals (or test runs) can share one Redis. */
  prefix: string;
  limits?: SignInLimits;
  now?: () => Date;
}

// Failing closed: a sign-in that cannot be counted is refused with 503 rather than let through unthrottled.
async function reachRedis<T>(command: Promise<T>): Promise<T> {
  try {
    return await command;
  } catch (error) {
    throw new AppError('unavailable', 'Sign-in is briefly unavailable; try again shortly', { cause: error });
  }
}

/** A throttle that keeps failures in Redis, shared by every API process using the same Redis and prefix. */
export function createRedisThrottle(redis: Redis, { prefix, limits = defaultSignInLimits, now = () => new Date() }: RedisThrottleOptions): SignInThrottle {
  const windowMs = limits.windowSeconds * 1000;
  const keyOf = (key: string) => `${prefix}sign-in-failures:${key}`;

  return {
    async retryAfter(keys) {
      const at = now().getTime();
      let wait = 0;
      for (const key of keys) {
        // The limit-th newest failure in the window: once it leaves the window, one more attempt is allowed.
        const found = await reachRedis(redis.zrevrangebyscore(keyOf(key), '+inf', `(${at - windowMs}`, 'WITHSCORES', 'LIMIT', limitOf(key, limits) - 1, 1));
        const failedAt = found[1];
        if (failedAt !== undefined) wait = Math.max(wait, Math.ceil((Number(failedAt) + windowMs - at) / 1000));
      }
      return Math.max(wait, 0);
    },

    async recordFailure(keys) {
      const at = now().getTime();
      const transaction = redis.multi();
      for (const key of keys) {
        // Old failures count for nothing; dropping them here, and expiring idle keys, keeps Redis as small as the window.
        transaction.zremrangebyscore(keyOf(key), '-inf', at - windowMs);
        transaction.zadd(keyOf(key), at, `${at}:${randomUUID()}`);
        transaction.pexpire(keyOf(key), windowMs);
      }
      const results = await reachRedis(transaction.exec());
      const failed = results?.find(([error]) => error !== null)?.[0];
      if (results === null || failed) throw new AppError('unavailable', 'Sign-in is briefly unavailable; try again shortly', { cause: failed });
    },

    async clear(key) {
      await reachRedis(redis.del(keyOf(key)));
    },
  };
}
