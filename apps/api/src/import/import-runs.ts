import { randomUUID } from 'node:crypto';
import {
  type ImportRun,
  type ImportRunError,
  type ImportRunListQuerySchema,
  type ImportRunPage,
  type ImportRunStatus,
  type ImportSourceType,
  maxImportRunErrors,
} from '@kraina/core';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { nowIso } from '../content/clock.js';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database } from '../db/database.js';
import { fromJson, toJson } from '../db/json.js';
import type { ImportRunTable } from '../db/tables.js';

// The record of each `kraina import` run, which the editorial dashboard lists so a failed one is noticed.

/** How a run ended: its counts and the records it refused, the first 50 of them. */
export interface ImportRunOutcome {
  status: ImportRunStatus;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  errors: readonly ImportRunError[];
}

/**
 * A source as the dashboard may show it: a URL loses its user name, password, query and fragment, where feeds put
 * their access keys; a file path is kept as given.
 */
export function redactSource(source: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return source;
  try {
    const url = new URL(source);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString();
  } catch {
    return source.replace(/\/\/[^/@]*@/, '//').replace(/[?#].*$/, '');
  }
}

function toRun(row: Selectable<ImportRunTable>): ImportRun {
  return {
    id: row.id,
    sourceType: row.source_type as ImportSourceType,
    source: row.source,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: row.status as ImportRunStatus,
    created: Number(row.created),
    updated: Number(row.updated),
    skipped: Number(row.skipped),
    failed: Number(row.failed),
    errors: fromJson<ImportRunError[]>(row.errors_json) ?? [],
  };
}

/** The import runs over one database: started and finished by the import command, listed for the dashboard. */
export function createImportRuns({ db }: Database) {
  return {
    /** Records a run as it starts: failed and unfinished until `finish` says otherwise, so a crash leaves it so. */
    async start(sourceType: ImportSourceType, source: string): Promise<string> {
      const id = randomUUID();
      await db
        .insertInto('import_runs')
        .values({ id, source_type: sourceType, source: redactSource(source), started_at: nowIso(), finished_at: null, status: 'failed', created: 0, updated: 0, skipped: 0, failed: 0, errors_json: '[]' })
        .execute();
      return id;
    },

    /** Records how a run ended. */
    async finish(id: string, outcome: ImportRunOutcome): Promise<void> {
      const { status, created, updated, skipped, failed, errors } = outcome;
      await db
        .updateTable('import_runs')
        .set({ finished_at: nowIso(), status, created, updated, skipped, failed, errors_json: toJson(errors.slice(0, maxImportRunErrors)) })
        .where('id', '=', id)
        .execute();
    },

    /** One page of runs, newest first, optionally of one outcome. */
    async list(query: z.output<typeof ImportRunListQuerySchema>): Promise<ImportRunPage> {
      let select = db.selectFrom('import_runs').selectAll();
      if (query.status !== undefined) select = select.where('status', '=', query.status);
      if (query.cursor !== undefined) {
        const after = decodeCursor(query.cursor);
        select = select.where((eb) => eb.or([eb('started_at', '<', after.at), eb.and([eb('started_at', '=', after.at), eb('id', '<', after.id)])]));
      }
      const rows = await select.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(query.limit + 1).execute();
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return { items: page.map(toRun), nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.started_at, id: last.id }) : null };
    },
  };
}

/** The import runs' operations. */
export type ImportRuns = ReturnType<typeof createImportRuns>;
