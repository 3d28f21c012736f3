import { randomUUID } from 'node:crypto';
import {
  AppError,
  type CreateSiteAlertInput,
  CreateSiteAlertInputSchema,
  type LocalizedString,
  type SiteAlert,
  type UpdateSiteAlertInput,
  UpdateSiteAlertInputSchema,
} from '@kraina/core';
import type { Selectable, Transaction } from 'kysely';
import { type AuditActor, appendAudit, systemActor } from '../audit/audit-log.js';
import { nowIso, toStoredInstant } from '../content/clock.js';
import type { Database } from '../db/database.js';
import { fromJson, toJson } from '../db/json.js';
import type { Tables } from '../db/tables.js';
import { bumpContentVersion } from '../content/content-version.js';

function toAlert(row: Selectable<Tables['site_alerts']>): SiteAlert {
  return {
    id: row.id,
    level: row.level as SiteAlert['level'],
    message: fromJson<LocalizedString>(row.message) ?? {},
    link: row.link,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** The site's scheduled banners: the only code that writes their rows, auditing each create, change and delete. */
export function createSiteAlertStore({ db, dialect }: Database) {
  const audit = (trx: Transaction<Tables>, action: 'created' | 'changed' | 'deleted', id: string, actor: AuditActor) =>
    appendAudit(trx, dialect, { action, actorId: actor.id, targetType: 'site-alert', targetId: id, address: actor.address });

  async function find(id: string): Promise<SiteAlert> {
    const row = await db.selectFrom('site_alerts').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) throw new AppError('not-found', `No site alert ${id}`);
    return toAlert(row);
  }

  return {
    /** Every banner, past, present and future, soonest start first. */
    async list(): Promise<SiteAlert[]> {
      return (await db.selectFrom('site_alerts').selectAll().orderBy('starts_at').orderBy('id').execute()).map(toAlert);
    },

    /** The banners showing at `at`: started, and not yet ended; the most urgent first. */
    async showing(at: Date): Promise<SiteAlert[]> {
      const instant = at.toISOString();
      const rows = await db
        .selectFrom('site_alerts')
        .selectAll()
        .where('starts_at', '<=', instant)
        .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', instant)]))
        .orderBy('starts_at', 'desc')
        .execute();
      const urgency: Record<SiteAlert['level'], number> = { emergency: 0, warning: 1, holiday: 2, info: 3 };
      return rows.map(toAlert).sort((a, b) => urgency[a.level] - urgency[b.level]);
    },

    async create(input: CreateSiteAlertInput, actor: AuditActor = systemActor): Promise<SiteAlert> {
      const value = CreateSiteAlertInputSchema.parse(input);
      const now = nowIso();
      const id = randomUUID();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('site_alerts')
          .values({
            id,
            level: value.level,
            message: toJson(value.message),
            link: value.link,
            starts_at: toStoredInstant(value.startsAt),
            ends_at: value.endsAt === null ? null : toStoredInstant(value.endsAt),
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
        await bumpContentVersion(trx);
        await audit(trx, 'created', id, actor);
      });
      return find(id);
    },

    async update(id: string, input: UpdateSiteAlertInput, expectedVersion?: number, actor: AuditActor = systemActor): Promise<SiteAlert> {
      const value = UpdateSiteAlertInputSchema.parse(input);
      const current = await find(id);
      const based = expectedVersion ?? value.version;
      if (based !== undefined && based !== current.version) {
        throw new AppError('version-conflict', `The site alert is at version ${current.version}, not ${based}`, { currentVersion: current.version });
      }
      const startsAt = value.startsAt === undefined ? current.startsAt : toStoredInstant(value.startsAt);
      const endsAt = value.endsAt === undefined ? current.endsAt : value.endsAt === null ? null : toStoredInstant(value.endsAt);
      // Each field may be valid alone and the pair not: a new start after the old end, say.
      if (endsAt !== null && Date.parse(endsAt) <= Date.parse(startsAt)) {
        throw new AppError('invalid-input', 'The banner would end before it starts', { issues: [{ pointer: '#/body/endsAt', detail: 'Must be after startsAt' }] });
      }
      const updated = await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('site_alerts')
          .set({
            level: value.level ?? current.level,
            message: toJson(value.message ?? current.message),
            link: value.link === undefined ? current.link : value.link,
            starts_at: startsAt,
            ends_at: endsAt,
            updated_at: nowIso(),
            version: current.version + 1,
          })
          .where('id', '=', id)
          .where('version', '=', current.version)
          .executeTakeFirst();
        if (result.numUpdatedRows > 0n) {
          await bumpContentVersion(trx);
          await audit(trx, 'changed', id, actor);
        }
        return result;
      });
      if (updated.numUpdatedRows === 0n) throw new AppError('version-conflict', 'Someone else saved this site alert first');
      return find(id);
    },

    async delete(id: string, actor: AuditActor = systemActor): Promise<void> {
      const deleted = await db.transaction().execute(async (trx) => {
        const result = await trx.deleteFrom('site_alerts').where('id', '=', id).executeTakeFirst();
        if (result.numDeletedRows > 0n) {
          await bumpContentVersion(trx);
          await audit(trx, 'deleted', id, actor);
        }
        return result;
      });
      if (deleted.numDeletedRows === 0n) throw new AppError('not-found', `No site alert ${id}`);
    },
  };
}

/** The site alert store's operations. */
export type SiteAlertStore = ReturnType<typeof createSiteAlertStore>;
