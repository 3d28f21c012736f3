import { randomUUID } from 'node:crypto';
import { contentChangeChannelOf } from '@kraina/core';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';

/** Changes other processes made to what readers see, as this process learns of them. */
export interface ChangeBroadcast {
  /** Calls `listener` when another process sharing the database has committed a change; returns how to stop. */
  onRemoteChange: (listener: () => void) => () => void;
  close: () => Promise<void>;
}

const noBroadcast: ChangeBroadcast = { onRemoteChange: () => () => undefined, close: () => Promise.resolve() };

/**
 * Tells every process sharing the database, through Redis pub/sub, that this one changed content, and hears when
 * they did: each API process then empties its response cache, and each web process its copy of the API's answers,
 * within moments of a publication anywhere. Without REDIS_URL there is one process, and nothing to tell.
 * A burst of writes is told once: a message is sent at most every `coalesceMs`, after the last write it covers.
 */
export function openChangeBroadcast(
  config: Pick<Config, 'REDIS_URL' | 'REDIS_KEY_PREFIX'>,
  database: Pick<Database, 'onChange'>,
  { logger, coalesceMs = 25 }: { logger?: Logger; coalesceMs?: number } = {},
): ChangeBroadcast {
  if (config.REDIS_URL === undefined) return noBroadcast;
  const channel = contentChangeChannelOf(config.REDIS_KEY_PREFIX);
  const self = randomUUID();
  // A subscribed connection can do nothing else, so telling and hearing take one connection each.
  const publisher = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 5000 });
  const subscriber = new Redis(config.REDIS_URL, { connectTimeout: 5000 });
  for (const connection of [publisher, subscriber]) connection.on('error', (error: Error) => logger?.warn({ err: error }, 'content changes cannot reach Redis'));
  const listeners = new Set<() => void>();

  subscriber.subscribe(channel).catch((error: unknown) => logger?.warn({ err: error }, 'cannot subscribe to content changes'));
  subscriber.on('message', (_channel: string, message: string) => {
    if (message === self) return;
    for (const listener of listeners) listener();
  });

  let pending: NodeJS.Timeout | undefined;
  const stopObserving = database.onChange(() => {
    pending ??= setTimeout(() => {
      pending = undefined;
      // A lost message leaves other processes' caches stale until their TTL: logged, since nothing else would say.
      publisher.publish(channel, self).catch((error: unknown) => logger?.warn({ err: error }, 'a content change could not be told to other processes'));
    }, coalesceMs);
  });

  return {
    onRemoteChange: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close: async () => {
      stopObserving();
      if (pending !== undefined) clearTimeout(pending);
      listeners.clear();
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
