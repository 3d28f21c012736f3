import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalMediaStorage, isStorageKey } from './media-storage.js';

describe('the local media storage', () => {
  const root = mkdtempSync(join(tmpdir(), 'kraina-storage-'));
  const storage = createLocalMediaStorage(join(root, 'media'), { publicUrl: 'https://portal.example/media/' });

  it('keeps, reads, addresses and deletes a file by its key', async () => {
    await storage.put('0b6c3e1e-1111-4a4a-8b8b-000000000001-640w.webp', Buffer.from('webp bytes'), 'image/webp');
    expect((await storage.read('0b6c3e1e-1111-4a4a-8b8b-000000000001-640w.webp')).toString()).toBe('webp bytes');
    expect(storage.urlOf('0b6c3e1e-1111-4a4a-8b8b-000000000001-640w.webp')).toBe('https://portal.example/media/0b6c3e1e-1111-4a4a-8b8b-000000000001-640w.webp');
    await storage.delete('0b6c3e1e-1111-4a4a-8b8b-000000000001-640w.webp');
    await storage.delete('0b6c3e1e-1111-4a4a-8b8b-000000000001-640w.webp'); // already gone is fine
    expect(readdirSync(join(root, 'media'))).toEqual([]);
  });

  it.each(['../escape.png', '../../etc/passwd', '/etc/passwd', 'a/../../b.png', '..', '.hidden', 'a\\..\\b.png', 'a b.png', 'name.png\u0000.txt', ''])(
    'refuses the key %j for every operation, writing nothing outside the folder',
    async (key) => {
      expect(isStorageKey(key)).toBe(false);
      await expect(storage.put(key, Buffer.from('x'), 'image/png')).rejects.toThrow('Refused');
      await expect(storage.read(key)).rejects.toThrow('Refused');
      await expect(storage.delete(key)).rejects.toThrow('Refused');
      expect(() => storage.urlOf(key)).toThrow('Refused');
      expect(readdirSync(root).filter((name) => name !== 'media')).toEqual([]);
      expect(existsSync(join(root, 'escape.png'))).toBe(false);
    },
  );
});
