import { contentChangeChannelOf } from '@kraina/core';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** A running subscription to content changes. */
export interface ContentChangeListener {
  close: () => Promise<void>;
}

/**
 * Hears, over Redis pub/sub, every API process telling that what readers see has changed, and calls `onChange`:
 * the site drops its copies of the API's answers within moments of a publication, where polling the content
 * version takes up to its interval. Without a Redis URL there is nothing to hear and polling alone serves.
 * While Redis is away the polling still runs, so a lost message costs at most one poll interval.
 */
export function hearContentChanges({ redisUrl, keyPrefix, onChange, logger }: { redisUrl: string | undefined; keyPrefix: string; onChange: () => void; logger?: Logger }): ContentChangeListener {
  if (redisUrl === undefined) return { close: () => Promise.resolve() };
  const subscriber = new Redis(redisUrl, { connectTimeout: 5000 });
  subscriber.on('error', (error: Error) => logger?.warn({ err: error }, 'cannot hear content changes from Redis; polling the content version instead'));
  const channel = contentChangeChannelOf(keyPrefix);
  subscriber.subscribe(channel).catch((error: unknown) => logger?.warn({ err: error }, 'cannot subscribe to content changes'));
  subscriber.on('message', (heard: string) => {
    if (heard === channel) onChange();
  });
  return {
    close: async () => {
      await subscriber.quit().catch(() => subscriber.disconnect());
    },
  };
}
