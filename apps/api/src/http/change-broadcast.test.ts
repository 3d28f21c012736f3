import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-databases.js';
import type { Database } from '../db/database.js';
import { describeWithRedis, testRedisUrl } from '../test-redis.js';
import { type ChangeBroadcast, openChangeBroadcast } from './change-broadcast.js';

// Two processes' worth of broadcasts over the real Redis, each with its own database handle, as two API processes
// sharing one PostgreSQL would have: a write through one is heard by the other, and not echoed back to itself.

describeWithRedis('the content change broadcast over Redis', () => {
  const config = { REDIS_URL: testRedisUrl, REDIS_KEY_PREFIX: `kraina-test:${randomUUID()}:` };
  const opened: { database: Database; drop: () => Promise<void>; broadcast: ChangeBroadcast }[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i += 1) {
      const { database, drop } = await createTestDatabase('sqlite');
      opened.push({ database, drop, broadcast: openChangeBroadcast(config, database) });
    }
    // Subscribing is asynchronous; a write before it completes would go unheard.
    await new Promise((resolve) => setTimeout(resolve, 300));
  });

  afterAll(async () => {
    for (const { broadcast, drop } of opened) {
      await broadcast.close();
      await drop();
    }
  });

  it('tells the other process of a committed write within a second, and not the process that wrote', async () => {
    const [one, two] = opened;
    if (!one || !two) throw new Error('Both broadcasts must be open');
    const heard = { one: 0, two: 0 };
    one.broadcast.onRemoteChange(() => (heard.one += 1));
    const heardByTwo = new Promise<number>((resolve) => two.broadcast.onRemoteChange(() => resolve(performance.now())));
    const wroteAt = performance.now();

    await one.database.db.insertInto('sections').values({ id: randomUUID(), slug: 'told', parent_id: null, position: 0, created_at: new Date().toISOString(), updated_at: new Date().toISOString(), version: 1 }).execute();

    const heardAt = await heardByTwo;
    expect(heardAt - wroteAt).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard.one).toBe(0);
  });

  it('tells a burst of writes as one message', async () => {
    const [one, two] = opened;
    if (!one || !two) throw new Error('Both broadcasts must be open');
    let heard = 0;
    two.broadcast.onRemoteChange(() => (heard += 1));
    for (let i = 0; i < 20; i += 1) await one.database.db.updateTable('sections').set({ position: i }).where('slug', '=', 'told').execute();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard).toBeGreaterThanOrEqual(1);
    expect(heard).toBeLessThan(20);
  });
});
