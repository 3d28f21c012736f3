import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@kraina/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentApi } from './content-api.js';
import { followContentVersion } from './follow-content-version.js';

// A real HTTP server standing where the API stands: it answers the content version and the section tree, and
// counts how often the tree is asked for, so a cached answer and a dropped one can be told apart.
let server: Server;
let apiUrl = '';
let version = 1;
let treeReads = 0;
let isDown = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (isDown) return res.writeHead(503, { 'content-type': 'application/problem+json' }).end('{"title":"down","status":503}');
    if (req.url === '/api/v1/changes') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ version }));
    if (req.url === '/api/v1/sections') {
      treeReads += 1;
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items: [] }));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const until = async (isDone: () => boolean) => {
  for (let waited = 0; !isDone(); waited += 10) {
    if (waited > 3000) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('following the content version', () => {
  it('drops the cached answers when the version changes, and keeps them while it does not', async () => {
    const content = createContentApi({ apiUrl, cacheSeconds: 3600 });
    let changes = 0;
    const follower = followContentVersion({
      api: createClient({ baseUrl: apiUrl }),
      everyMs: 20,
      onChange: () => {
        changes += 1;
        content.forgetAnswers();
      },
    });
    try {
      const before = treeReads;
      await content.client.listSections();
      await content.client.listSections();
      expect(treeReads - before).toBe(1);

      // Several reads of an unchanged version later, the answer is still the kept one.
      await new Promise((resolve) => setTimeout(resolve, 100));
      await content.client.listSections();
      expect(treeReads - before).toBe(1);
      expect(changes).toBe(0);

      version += 1; // an editor publishes
      await until(() => changes === 1);
      await content.client.listSections();
      expect(treeReads - before).toBe(2);
    } finally {
      await follower.close();
    }
  });

  it('changes nothing while the API cannot be reached, and notices a change once it can', async () => {
    let changes = 0;
    const follower = followContentVersion({ api: createClient({ baseUrl: apiUrl }), everyMs: 20, onChange: () => (changes += 1) });
    try {
      await new Promise((resolve) => setTimeout(resolve, 60));
      isDown = true;
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(changes).toBe(0);
      version += 1;
      isDown = false;
      await until(() => changes === 1);
    } finally {
      isDown = false;
      await follower.close();
    }
  });

  it('stops reading once closed', async () => {
    let reads = 0;
    const follower = followContentVersion({
      api: { getContentVersion: () => Promise.resolve({ version: (reads += 1) }) },
      everyMs: 10,
      onChange: () => undefined,
    });
    await until(() => reads >= 3);
    await follower.close();
    const atClose = reads;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(reads).toBe(atClose);
  });
});
