import {
  AppError,
  type CreateRedirectInput,
  CreateRedirectInputSchema,
  type Redirect,
  type RedirectListQuery,
  RedirectListQuerySchema,
  type RedirectPage,
  type UpdateRedirectInput,
  UpdateRedirectInputSchema,
} from '@kraina/core';
import { type Selectable, type Transaction, sql } from 'kysely';
import { type AuditActor, appendAudit, systemActor } from '../audit/audit-log.js';
import { nowIso } from '../content/clock.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database } from '../db/database.js';
import type { Tables } from '../db/tables.js';
import { recordRedirect } from './redirect-rows.js';
import { bumpContentVersion } from '../content/content-version.js';

// Staff's redirects, and the public lookup the web app makes for an address it has no page at. Every redirect is one
// hop: a new one takes over the redirects that led to its old address, and one may not lead to an address that
// itself redirects (point at where that one leads instead), so a visitor never follows a chain or a loop.

function toRedirect(row: Selectable<Tables['redirects']>): Redirect {
  return { id: row.id, from: row.from_path, to: row.to_path, createdAt: row.created_at, version: row.version };
}

// The `%` and `_` of a search are literal characters of a path, not patterns.
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Refuses an old address already redirected elsewhere, and a new one that redirects on. */
async function refuseChains(trx: Transaction<Tables>, from: string, to: string, ownId?: string): Promise<void> {
  const taken = await trx.selectFrom('redirects').select('id').where('from_path', '=', from).executeTakeFirst();
  if (taken !== undefined && taken.id !== ownId) {
    throw new AppError('conflict', `"${from}" already redirects`, { issues: [{ pointer: '#/body/from', detail: 'Already redirects; change that redirect instead' }] });
  }
  const onward = await trx.selectFrom('redirects').select('to_path').where('from_path', '=', to).executeTakeFirst();
  if (onward !== undefined) {
    throw new AppError('invalid-input', `"${to}" redirects on to "${onward.to_path}"`, {
      issues: [{ pointer: '#/body/to', detail: `Redirects on to "${onward.to_path}"; point there instead` }],
    });
  }
}

/**
 * Redirects of old addresses: the only code that writes redirect rows besides imports and moved pages. Staff's
 * creates, changes and deletes are audited with the change.
 */
export function createRedirectStore({ db, dialect }: Database) {
  // Case-insensitive on both engines (SQLite's LIKE already is, for ASCII), with `\` as the escape on both.
  const like = dialect === 'postgres' ? sql.raw('ilike') : sql.raw('like');
  const contains = (column: 'from_path' | 'to_path', pattern: string) => sql<boolean>`${sql.ref(column)} ${like} ${pattern} escape '\\'`;
  const audit = (trx: Transaction<Tables>, action: 'created' | 'changed' | 'deleted', id: string, actor: AuditActor) =>
    appendAudit(trx, dialect, { action, actorId: actor.id, targetType: 'redirect', targetId: id, address: actor.address });

  async function getById(trx: Transaction<Tables>, id: string): Promise<Redirect> {
    const row = await trx.selectFrom('redirects').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) throw new AppError('not-found', `No redirect ${id}`);
    return toRedirect(row);
  }

  return {
    /** Where an old address leads; not-found when it is no redirect. */
    async lookup(path: string): Promise<Redirect> {
      const row = await db.selectFrom('redirects').selectAll().where('from_path', '=', path).executeTakeFirst();
      if (row === undefined) throw new AppError('not-found', `No redirect from "${path}"`);
      return toRedirect(row);
    },

    /** Newest first, keyset-paged. */
    async list(query: RedirectListQuery): Promise<RedirectPage> {
      const { q, cursor, limit } = RedirectListQuerySchema.parse(query);
      let select = db.selectFrom('redirects').selectAll();
      if (q !== undefined) {
        const pattern = `%${escapeLike(q)}%`;
        select = select.where((eb) => eb.or([contains('from_path', pattern), contains('to_path', pattern)]));
      }
      if (cursor !== undefined) {
        const after = decodeCursor(cursor);
        select = select.where((eb) => eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]));
      }
      const rows = await select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
      const items = rows.slice(0, limit).map(toRedirect);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
    },

    async create(input: CreateRedirectInput, actor: AuditActor = systemActor): Promise<Redirect> {
      const { from, to } = CreateRedirectInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        await refuseChains(trx, from, to);
        await recordRedirect(trx, from, to, nowIso());
        await bumpContentVersion(trx);
        const created = toRedirect(await trx.selectFrom('redirects').selectAll().where('from_path', '=', from).executeTakeFirstOrThrow());
        await audit(trx, 'created', created.id, actor);
        return created;
      });
    },

    async update(id: string, input: UpdateRedirectInput, expectedVersion?: number, actor: AuditActor = systemActor): Promise<Redirect> {
      const value = UpdateRedirectInputSchema.parse(input);
      return db.transaction().execute(async (trx) => {
        const current = await getById(trx, id);
        const based = expectedVersion ?? value.version;
        if (based !== undefined && based !== current.version) {
          throw new AppError('version-conflict', `The redirect from "${current.from}" is at version ${current.version}, not ${based}`, { currentVersion: current.version });
        }
        const from = value.from ?? current.from;
        const to = value.to ?? current.to;
        if (from === to) throw new AppError('invalid-input', 'A redirect must lead elsewhere', { issues: [{ pointer: '#/body/to', detail: 'Must differ from "from"' }] });
        await refuseChains(trx, from, to, id);
        const updated = await trx
          .updateTable('redirects')
          .set({ from_path: from, to_path: to, version: current.version + 1 })
          .where('id', '=', id)
          .where('version', '=', current.version)
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) throw new AppError('version-conflict', 'Someone else saved this redirect first');
        // Redirects that led to the old address follow it to the new one, one hop as ever.
        if (to !== current.to || from !== current.from) {
          await trx.updateTable('redirects').set({ to_path: to }).where('to_path', '=', from).where('id', '<>', id).execute();
        }
        await bumpContentVersion(trx);
        await audit(trx, 'changed', id, actor);
        return getById(trx, id);
      });
    },

    async delete(id: string, actor: AuditActor = systemActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await getById(trx, id);
        await trx.deleteFrom('redirects').where('id', '=', id).execute();
        await bumpContentVersion(trx);
        await audit(trx, 'deleted', id, actor);
      });
    },
  };
}

/** The redirect store's operations. */
export type RedirectStore = ReturnType<typeof createRedirectStore>;
