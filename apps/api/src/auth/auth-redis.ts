import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config.js';

/**
 * The Redis connection staff sessions and the sign-in throttle share when REDIS_URL is set, so every api process
 * honours the same sessions and counts the same failures; undefined without REDIS_URL (both stay in the database).
 */
export function connectAuthRedis(config: Pick<Config, 'REDIS_URL'>, logger?: Logger): Redis | undefined {
  if (config.REDIS_URL === undefined) return undefined;
  // One retry per command: a staff request waits at most a reconnection for Redis, then answers 503.
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 5000 });
  redis.on('error', (error: Error) => logger?.warn({ err: error }, 'sessions and the sign-in throttle cannot reach Redis'));
  return redis;
}
