import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LocalizedString } from '@kraina/core';
import { nowIso } from '../content/clock.js';
import type { Database } from '../db/database.js';

/** An image already checked and measured, ready to keep. */
export interface ImageToKeep {
  id: string;
  filename: string;
  mimeType: 'image/jpeg' | 'image/webp' | 'image/png';
  buffer: Buffer;
  width: number;
  height: number;
  alt: LocalizedString;
  caption?: LocalizedString | undefined;
  credit: string | null;
}

/**
 * The media library's files and rows. Files go to a directory on local disk under a key derived from the id,
 * never from the uploaded name; uploads with sniffing and resizing arrive with the editorial issue.
 */
export function createMediaStore({ db }: Database, mediaDir: string) {
  return {
    /** Keeps an image and its per-locale alt text and caption. */
    async keepImage(image: ImageToKeep): Promise<string> {
      const extension = image.mimeType.split('/')[1] ?? 'bin';
      const storageKey = `${image.id}.${extension}`;
      await mkdir(mediaDir, { recursive: true });
      await writeFile(join(mediaDir, storageKey), image.buffer);
      const now = nowIso();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('media')
          .values({
            id: image.id,
            kind: 'image',
            filename: image.filename,
            mime_type: image.mimeType,
            bytes: image.buffer.length,
            width: image.width,
            height: image.height,
            credit: image.credit,
            focal_x: 0.5,
            focal_y: 0.5,
            storage_key: storageKey,
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
        const locales = new Set([...Object.keys(image.alt), ...Object.keys(image.caption ?? {})]);
        const rows = [...locales].map((locale) => ({ media_id: image.id, locale, alt: image.alt[locale] ?? null, caption: image.caption?.[locale] ?? null }));
        if (rows.length > 0) await trx.insertInto('media_translations').values(rows).execute();
      });
      return storageKey;
    },
  };
}

/** The media store's operations. */
export type MediaStore = ReturnType<typeof createMediaStore>;
