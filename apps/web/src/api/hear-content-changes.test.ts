import { randomUUID } from 'node:crypto';
import { contentChangeChannelOf } from '@kraina/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithServices, localServices } from '../../test-support/local-services.js';
import { hearContentChanges } from './hear-content-changes.js';

// Against the real Redis, as the API's processes tell changes there (see the API's change-broadcast).
const { redisUrl } = localServices;

await describeWithServices('hearContentChanges over Redis', ['redis'], () => {
  let publisher: Redis;
  beforeAll(() => {
    publisher = new Redis(redisUrl);
  });
  afterAll(() => publisher.quit());

  it("calls back when an API process tells a change on the portal's channel, and not for another portal's", async () => {
    const keyPrefix = `kraina-test:${randomUUID()}:`;
    let heard = 0;
    const listener = hearContentChanges({ redisUrl, keyPrefix, onChange: () => (heard += 1) });
    try {
      // Subscribing takes a round trip; told before it, a change would go unheard.
      for (let waited = 0; (await publisher.pubsub('NUMSUB', contentChangeChannelOf(keyPrefix)))[1] === 0 && waited < 50; waited += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await publisher.publish(contentChangeChannelOf('another-portal:'), 'api-1');
      await publisher.publish(contentChangeChannelOf(keyPrefix), 'api-1');
      for (let waited = 0; heard === 0 && waited < 50; waited += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(heard).toBe(1);
    } finally {
      await listener.close();
    }
  });
});

describe('hearContentChanges without Redis', () => {
  it('hears nothing, and holds nothing open, without a Redis URL', async () => {
    const listener = hearContentChanges({ redisUrl: undefined, keyPrefix: 'kraina:', onChange: () => undefined });
    await expect(listener.close()).resolves.toBeUndefined();
  });
});
