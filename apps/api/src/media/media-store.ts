import {
  AppError,
  type LocalizedString,
  type Media,
  type MediaListQuery,
  MediaListQuerySchema,
  type MediaPage,
  type PublicMedia,
  type UpdateMediaInput,
  UpdateMediaInputSchema,
  type UploadMediaFieldsSchema,
} from '@kraina/core';
import { type Selectable, type Transaction, sql } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../audit/audit-log.js';
import { nowIso } from '../content/clock.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database } from '../db/database.js';
import type { Tables } from '../db/tables.js';
import { bumpContentVersion } from '../content/content-version.js';
import { findMediaUsages } from './find-media-usages.js';
import { isShownByPublishedContent } from './find-public-use.js';
import { type MediaStorage, createLocalMediaStorage } from './media-storage.js';
import { type PreparedMedia, mainKeyOf } from './prepare-upload.js';
import { refuseFileNameAlt } from './refuse-file-name-alt.js';

/** An image already checked and measured, ready to keep (the demo loader draws its own). */
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

/** Who deletes, for the audit log. */
export interface MediaActor {
  id: string;
  address: string | null;
}

type UploadFields = z.output<typeof UploadMediaFieldsSchema>;
type MediaRow = Selectable<Tables['media']>;
type TextRow = Selectable<Tables['media_translations']>;
type VariantRow = Selectable<Tables['media_variants']>;

const formatOrder = ['webp', 'avif', 'jpeg', 'png'];
// The `%` and `_` of a search are literal characters of a name, not patterns.
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Alt text and captions as rows, one per locale that has either. */
function textRows(id: string, alt: LocalizedString, caption: LocalizedString) {
  const locales = new Set([...Object.keys(alt), ...Object.keys(caption)]);
  return [...locales].map((locale) => ({ media_id: id, locale, alt: alt[locale] ?? null, caption: caption[locale] ?? null }));
}

/**
 * The media library's rows and files: files go through the storage under keys made from ids, never from uploaded
 * names, and a row exists only once all its files are stored, so a failed upload leaves neither.
 */
export function createMediaStore(database: Database, storage: MediaStorage | string) {
  const { db, dialect } = database;
  // A folder is local disk, as the demo loader and the CLI pass MEDIA_DIR.
  const files = typeof storage === 'string' ? createLocalMediaStorage(storage) : storage;
  // Case-insensitive on both engines (SQLite's LIKE already is, for ASCII), with `\` as the escape on both.
  const like = dialect === 'postgres' ? sql.raw('ilike') : sql.raw('like');

  function toMedia(row: MediaRow, texts: readonly TextRow[], variants: readonly VariantRow[]): Media {
    const textOf = (field: 'alt' | 'caption') =>
      Object.fromEntries(texts.flatMap((text) => (text.media_id === row.id && text[field] !== null ? [[text.locale, text[field]]] : [])));
    return {
      id: row.id,
      kind: row.kind as Media['kind'],
      filename: row.filename,
      mimeType: row.mime_type as Media['mimeType'],
      bytes: row.bytes,
      url: files.urlOf(row.storage_key),
      width: row.width,
      height: row.height,
      alt: textOf('alt'),
      caption: textOf('caption'),
      credit: row.credit,
      focalPoint: { x: row.focal_x, y: row.focal_y },
      variants: variants
        .filter((v) => v.media_id === row.id)
        .sort((a, b) => a.width - b.width || formatOrder.indexOf(a.format) - formatOrder.indexOf(b.format))
        .map((v) => ({ width: v.width, height: v.height, format: v.format as Media['variants'][number]['format'], url: files.urlOf(v.storage_key) })),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    };
  }

  async function withDetails(trx: Transaction<Tables> | Database['db'], rows: readonly MediaRow[]): Promise<Media[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [texts, variants] = await Promise.all([
      trx.selectFrom('media_translations').selectAll().where('media_id', 'in', ids).execute(),
      trx.selectFrom('media_variants').selectAll().where('media_id', 'in', ids).execute(),
    ]);
    return rows.map((row) => toMedia(row, texts, variants));
  }

  async function getIn(trx: Transaction<Tables> | Database['db'], id: string): Promise<Media> {
    const row = await trx.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) throw new AppError('not-found', `No media item ${id}`);
    const [media] = await withDetails(trx, [row]);
    return media as Media;
  }

  async function insertRows(trx: Transaction<Tables>, item: Omit<MediaRow, 'created_at' | 'updated_at' | 'version'>, alt: LocalizedString, caption: LocalizedString) {
    const now = nowIso();
    await trx.insertInto('media').values({ ...item, created_at: now, updated_at: now, version: 1 }).execute();
    const texts = textRows(item.id, alt, caption);
    if (texts.length > 0) await trx.insertInto('media_translations').values(texts).execute();
  }

  return {
    /** Keeps a demo image as it is drawn, without renditions, and its per-locale alt text and caption. */
    async keepImage(image: ImageToKeep): Promise<string> {
      const storageKey = mainKeyOf(image.id, image.mimeType.split('/')[1] ?? 'bin');
      await files.put(storageKey, image.buffer, image.mimeType);
      await db.transaction().execute((trx) =>
        insertRows(
          trx,
          { id: image.id, kind: 'image', filename: image.filename, mime_type: image.mimeType, bytes: image.buffer.length, width: image.width, height: image.height, credit: image.credit, focal_x: 0.5, focal_y: 0.5, storage_key: storageKey },
          image.alt,
          image.caption ?? {},
        ),
      );
      return storageKey;
    },

    /** Stores an upload's files, then its row, renditions and texts in one transaction; on any failure, removes the files it wrote. */
    async keep(prepared: PreparedMedia, fields: UploadFields): Promise<Media> {
      refuseFileNameAlt(fields.alt, prepared.filename);
      const written: string[] = [];
      try {
        for (const file of prepared.files) {
          await files.put(file.key, file.bytes, file.contentType);
          written.push(file.key);
        }
        return await db.transaction().execute(async (trx) => {
          await insertRows(
            trx,
            {
              id: prepared.id,
              kind: prepared.kind,
              filename: prepared.filename,
              mime_type: prepared.mimeType,
              bytes: prepared.bytes,
              width: prepared.width,
              height: prepared.height,
              credit: fields.credit ?? null,
              focal_x: fields.focalPoint?.x ?? 0.5,
              focal_y: fields.focalPoint?.y ?? 0.5,
              storage_key: prepared.storageKey,
            },
            fields.alt ?? {},
            fields.caption ?? {},
          );
          const variants = prepared.files.flatMap((file) => (file.variant ? [{ media_id: prepared.id, ...file.variant, storage_key: file.key }] : []));
          if (variants.length > 0) await trx.insertInto('media_variants').values(variants).execute();
          return getIn(trx, prepared.id);
        });
      } catch (error) {
        await Promise.allSettled(written.map((key) => files.delete(key)));
        throw error;
      }
    },

    /** Newest first, keyset-paged; `q` finds file names and alt text in any locale. */
    async list(query: MediaListQuery): Promise<MediaPage> {
      const { q, kind, cursor, limit } = MediaListQuerySchema.parse(query);
      let select = db.selectFrom('media').selectAll();
      if (kind !== undefined) select = select.where('kind', '=', kind);
      if (q !== undefined) {
        const pattern = `%${escapeLike(q)}%`;
        select = select.where((eb) =>
          eb.or([
            sql<boolean>`${sql.ref('media.filename')} ${like} ${pattern} escape '\\'`,
            eb.exists(
              eb.selectFrom('media_translations').select(sql.lit(1).as('found'))
                .whereRef('media_translations.media_id', '=', 'media.id')
                .where(sql<boolean>`${sql.ref('media_translations.alt')} ${like} ${pattern} escape '\\'`),
            ),
          ]),
        );
      }
      if (cursor !== undefined) {
        const after = decodeCursor(cursor);
        select = select.where((eb) => eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]));
      }
      const rows = await select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
      const items = await withDetails(db, rows.slice(0, limit));
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
    },

    get: (id: string): Promise<Media> => getIn(db, id),

    /**
     * What readers may know of an item that published content shows; any other id answers 404, as an unknown one
     * does, so a draft's embargoed picture cannot be found by guessing or by reading its id in a leaked link.
     */
    async getPublic(id: string): Promise<PublicMedia> {
      const row = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
      if (row === undefined || !(await isShownByPublishedContent(db, id))) throw new AppError('not-found', `No published content shows media item ${id}`);
      const [media] = await withDetails(db, [row]);
      const { id: _id, kind, mimeType, url, width, height, alt, caption, credit, focalPoint, variants } = media as Media;
      return { id, kind, mimeType, url, width, height, alt, caption, credit, focalPoint, variants };
    },

    /** Changes the texts, credit or focal point, at the version the caller saw; `alt` and `caption` replace every locale's. */
    async update(id: string, input: UpdateMediaInput, expectedVersion: number): Promise<Media> {
      const value = UpdateMediaInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const current = await getIn(trx, id);
        if (expectedVersion !== current.version) {
          throw new AppError('version-conflict', `"${current.filename}" is at version ${current.version}, not ${expectedVersion}`, { currentVersion: current.version });
        }
        refuseFileNameAlt(value.alt, current.filename);
        const updated = await trx
          .updateTable('media')
          .set({
            credit: value.credit === undefined ? current.credit : value.credit,
            focal_x: value.focalPoint?.x ?? current.focalPoint.x,
            focal_y: value.focalPoint?.y ?? current.focalPoint.y,
            updated_at: nowIso(),
            version: current.version + 1,
          })
          .where('id', '=', id)
          .where('version', '=', current.version)
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) throw new AppError('version-conflict', 'Someone else saved this media item first');
        if (value.alt !== undefined || value.caption !== undefined) {
          await trx.deleteFrom('media_translations').where('media_id', '=', id).execute();
          const texts = textRows(id, value.alt ?? current.alt, value.caption ?? current.caption);
          if (texts.length > 0) await trx.insertInto('media_translations').values(texts).execute();
        }
        // New alt text or a credit on a picture readers see is a change to what they see.
        if (await isShownByPublishedContent(trx, id)) await bumpContentVersion(trx);
        return getIn(trx, id);
      });
    },

    /**
     * Deletes an item no article, event or place shows, with an audit entry, then its files. One in use is refused
     * with 409 naming each use: deleting it would leave a hole in published pages.
     */
    async delete(id: string, actor: MediaActor): Promise<void> {
      const keys = await db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('media').select(['filename', 'storage_key']).where('id', '=', id).executeTakeFirst();
        if (row === undefined) throw new AppError('not-found', `No media item ${id}`);
        const usages = await findMediaUsages(trx, id);
        if (usages.length > 0) {
          const uses = usages.map((use) => `${use.ownerType} "${use.slug}" (${use.role})`);
          throw new AppError('conflict', `"${row.filename}" is in use by ${uses.join(', ')}; remove it there first`, {
            issues: uses.map((use) => ({ pointer: '#/params/id', detail: `Used by ${use}` })),
          });
        }
        const variants = await trx.selectFrom('media_variants').select('storage_key').where('media_id', '=', id).execute();
        await trx.deleteFrom('media_variants').where('media_id', '=', id).execute();
        await trx.deleteFrom('media_translations').where('media_id', '=', id).execute();
        await trx.deleteFrom('media').where('id', '=', id).execute();
        await appendAudit(trx, dialect, { action: 'deleted', actorId: actor.id, targetType: 'media', targetId: id, address: actor.address, details: { name: row.filename } });
        return [...new Set([row.storage_key, ...variants.map((v) => v.storage_key)])];
      });
      // After the commit: a file left behind by a failed removal is harmless, a row whose file is gone is not.
      await Promise.allSettled(keys.map((key) => files.delete(key)));
    },
  };
}

/** The media store's operations. */
export type MediaStore = ReturnType<typeof createMediaStore>;
