import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Media } from '@kraina/core';
import { startLocalBucket } from '@kraina/server-kit';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../test-app.js';
import { createS3MediaStorage } from './s3-media-storage.js';
import { photo } from './test-images.js';

// Against a real S3-compatible server (s3rver, on loopback, over a temporary folder): the same contract as local
// disk, and an upload through the API landing in the bucket with its renditions.

const bucket = 'kraina-media';
const folder = mkdtempSync(join(tmpdir(), 'kraina-s3-'));
const server = await startLocalBucket(folder, bucket);
const { endpoint } = server;
const credentials = { accessKeyId: server.env.S3_ACCESS_KEY_ID ?? '', secretAccessKey: server.env.S3_SECRET_ACCESS_KEY ?? '' };

afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the S3 media storage', () => {
  const storage = createS3MediaStorage({ endpoint, region: 'us-east-1', bucket, ...credentials, publicUrl: 'https://media.portal.example/', forcePathStyle: true });

  it('keeps, reads, addresses and deletes a file by its key', async () => {
    const key = '0b6c3e1e-1111-4a4a-8b8b-000000000001-640w.webp';
    await storage.put(key, Buffer.from('webp bytes'), 'image/webp');
    expect((await storage.read(key)).toString()).toBe('webp bytes');
    const served = await fetch(`${endpoint}/${bucket}/${key}`);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(storage.urlOf(key)).toBe(`https://media.portal.example/${key}`);
    await storage.delete(key);
    await storage.delete(key); // already gone is fine
    await expect(storage.read(key)).rejects.toThrow();
  });

  it.each(['../escape.png', '/etc/passwd', 'a/../../b.png', '.hidden', 'a b.png', ''])('refuses the key %j for every operation', async (key) => {
    await expect(storage.put(key, Buffer.from('x'), 'image/png')).rejects.toThrow('Refused');
    await expect(storage.read(key)).rejects.toThrow('Refused');
    await expect(storage.delete(key)).rejects.toThrow('Refused');
    expect(() => storage.urlOf(key)).toThrow('Refused');
  });
});

describe('the API with S3_* set', () => {
  const testApp = useTestApp('sqlite', { ...server.env, MEDIA_DIR: join(folder, 'never-used') });

  it('keeps an upload and its renditions in the bucket, addressed by the public URL', async () => {
    const res = await request(testApp.staffApp).post('/api/v1/media').field('alt[en]', 'A tram').attach('file', await photo(1600, 1200), 'tram.jpg');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const media = res.body as Media;
    const addresses = [media.url, ...media.variants.map((variant) => variant.url)];
    expect(addresses.length).toBeGreaterThan(1);
    for (const address of addresses) {
      expect(address.startsWith(`${endpoint}/${bucket}/`)).toBe(true);
      const file = await fetch(address);
      expect(file.status, address).toBe(200);
      expect(file.headers.get('content-type')).toMatch(/^image\//);
    }
  });
});
