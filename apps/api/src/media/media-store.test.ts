import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createTestDatabase, describeEachDatabase } from '../db/test-databases.js';
import { defaultUploadLimits } from './inspect-upload.js';
import { type MediaStorage, createLocalMediaStorage } from './media-storage.js';
import { createMediaStore } from './media-store.js';
import { type PreparedMedia, prepareUpload } from './prepare-upload.js';
import { photo } from './test-images.js';

describeEachDatabase('the media store', (dialect) => {
  const mediaDir = join(mkdtempSync(join(tmpdir(), 'kraina-media-')), 'media');
  const disk = createLocalMediaStorage(mediaDir);
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await createTestDatabase(dialect));
  });
  afterAll(() => drop());

  const stored = () => (existsSync(mediaDir) ? readdirSync(mediaDir) : []);
  const rows = async () => (await database.db.selectFrom('media').select('id').execute()).length;
  const prepared = async (): Promise<PreparedMedia> => prepareUpload({ declaredName: 'tower.jpg', bytes: await photo(700, 400) }, defaultUploadLimits);

  it('removes the files it wrote when the storage fails part way, and writes no row', async () => {
    let puts = 0;
    // Real disk, failing on the third file as a full disk or a dropped connection to object storage would.
    const failing: MediaStorage = {
      ...disk,
      put: async (key, bytes, type) => {
        puts += 1;
        if (puts === 3) throw new Error('No space left on device');
        await disk.put(key, bytes, type);
      },
    };
    const media = createMediaStore(database, failing);
    await expect(media.keep(await prepared(), {})).rejects.toThrow('No space left');
    expect(stored()).toEqual([]);
    expect(await rows()).toBe(0);
  });

  it('removes every file it wrote when the row cannot be written', async () => {
    const media = createMediaStore(database, disk);
    // The database refuses the row (its kind breaks a check), after every file is on disk.
    const broken = { ...(await prepared()), kind: 'video' as 'image' };
    await expect(media.keep(broken, {})).rejects.toThrow();
    expect(stored()).toEqual([]);
    expect(await rows()).toBe(0);
  });

  it('keeps a demo image under `<id>.<extension>` in the given folder', async () => {
    const media = createMediaStore(database, mediaDir);
    const id = '5d3c8e8a-0c1f-4d61-9d0a-3b7f2f1e9a10';
    const key = await media.keepImage({ id, filename: 'demo.jpg', mimeType: 'image/jpeg', buffer: await photo(40, 30), width: 40, height: 30, alt: { en: 'A blue field' }, credit: null });
    expect(key).toBe(`${id}.jpeg`);
    expect(stored()).toEqual([key]);
    expect(await media.get(id)).toMatchObject({ url: `/media/${key}`, alt: { en: 'A blue field' }, variants: [] });
  });
});
