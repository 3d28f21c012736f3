import { AppError } from '@kraina/core';
import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** How many requests a client address may make per minute, and which addresses are not counted. */
export interface RateLimitOptions {
  perMinute: number;
  /** Addresses never counted: the site's own web processes, which read for every visitor at once. */
  exempt: readonly string[];
  /** Shared by every API process when given; this process's memory otherwise. */
  redis?: Redis | undefined;
  prefix?: string;
}

/**
 * Limits each client address to `perMinute` requests, answering 429 problem+json with `Retry-After` beyond it and
 * `RateLimit-*` headers on every counted answer. With Redis every process counts into one budget per address; should
 * Redis fail, each process falls back to counting in its own memory, so a Redis outage neither opens the gate nor
 * shuts every reader out. Counted after the response cache, which answers repeated public reads before this runs.
 */
export function limitRequestRate({ perMinute, exempt, redis, prefix = 'kraina:' }: RateLimitOptions): RequestHandler {
  if (perMinute === 0) return (_req, _res, next) => next();
  const inMemory = new RateLimiterMemory({ points: perMinute, duration: 60 });
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}rate`, points: perMinute, duration: 60, insuranceLimiter: inMemory })
    : inMemory;
  const unlimited = new Set(exempt);

  return (req, res, next) => {
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    if (unlimited.has(address)) return next();
    const tell = (state: RateLimiterRes) => {
      res.set({
        'RateLimit-Limit': String(perMinute),
        'RateLimit-Remaining': String(Math.max(0, state.remainingPoints)),
        'RateLimit-Reset': String(Math.ceil(state.msBeforeNext / 1000)),
      });
    };
    limiter.consume(address).then(
      (state) => {
        tell(state);
        next();
      },
      (refusal: unknown) => {
        if (!(refusal instanceof RateLimiterRes)) return next(refusal);
        tell(refusal);
        res.set('Retry-After', String(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))));
        next(new AppError('rate-limited', `More than ${perMinute} requests a minute from this address; try again later`));
      },
    );
  };
}
