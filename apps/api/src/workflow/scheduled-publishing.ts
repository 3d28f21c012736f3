import { type FieldIssue, isAppError } from '@kraina/core';
import type { Logger } from 'pino';
import { type ContentKind, contentTables } from '../content/content-kind.js';
import type { Database } from '../db/database.js';
import type { WorkflowMoves } from './workflow-moves.js';

/**
 * What one pass of the scheduler did: the items it published, those it had to leave scheduled (with why), and the
 * published items it took down.
 */
export interface PublishDueReport {
  published: { kind: ContentKind; id: string }[];
  refused: { kind: ContentKind; id: string; issues: readonly FieldIssue[] }[];
  unpublished: { kind: ContentKind; id: string }[];
}

const kinds: readonly ContentKind[] = ['article', 'event', 'site'];

/**
 * Publishes every scheduled item whose time has come, exactly once however many API processes run it at once. Each
 * due item is published through the workflow at the version it was read at: the first process to write it moves it
 * to the next version, and every other's write matches no row and is dropped (a version conflict, nothing written),
 * so there is one publication, one revision and one audit entry. An item failing the publishing checks (edited since
 * it was scheduled) stays scheduled and is reported, never published half-ready. Then, the same way, every published
 * item whose take-down time has come goes back to draft, once.
 */
export function createScheduledPublishing(database: Database, moves: WorkflowMoves) {
  // Stored instants are UTC ISO text, so they compare as text; each (status, time) pair has its index.
  const dueIds = (kind: ContentKind, status: 'scheduled' | 'published', column: 'publish_at' | 'unpublish_at', now: Date) =>
    database.db.selectFrom(contentTables[kind].main).select('id').where('status', '=', status).where(column, '<=', now.toISOString()).orderBy(column).execute();

  return {
    async publishDue(now: Date): Promise<PublishDueReport> {
      const report: PublishDueReport = { published: [], refused: [], unpublished: [] };
      for (const kind of kinds) {
        for (const { id } of await dueIds(kind, 'scheduled', 'publish_at', now)) {
          try {
            if (await moves.publishScheduled(kind, id, now)) report.published.push({ kind, id });
          } catch (error) {
            if (isAppError(error) && error.code === 'version-conflict') continue; // another process published it
            if (isAppError(error) && error.code === 'invalid-input') report.refused.push({ kind, id, issues: error.issues });
            else throw error;
          }
        }
      }
      // After publishing, so an item whose publication and take-down both fell due while no scheduler ran comes down.
      for (const kind of kinds) {
        for (const { id } of await dueIds(kind, 'published', 'unpublish_at', now)) {
          try {
            if (await moves.unpublishScheduled(kind, id, now)) report.unpublished.push({ kind, id });
          } catch (error) {
            if (!(isAppError(error) && error.code === 'version-conflict')) throw error; // else another process took it down
          }
        }
      }
      return report;
    },
  };
}

/** The scheduler's one operation. */
export type ScheduledPublishing = ReturnType<typeof createScheduledPublishing>;

/** How the runner repeats itself: calls `run` every `ms` until the returned function stops it. */
export type Repeat = (run: () => void, ms: number) => () => void;

const repeatWithTimers: Repeat = (run, ms) => {
  const timer = setInterval(run, ms);
  return () => clearInterval(timer);
};

/** What the scheduler's runner needs: how often, which clock, where to log, and (for tests) how to repeat. */
export interface SchedulerOptions {
  intervalSeconds: number;
  logger: Logger;
  now?: () => Date;
  repeat?: Repeat;
}

/**
 * Runs `publishDue` every `intervalSeconds` (0: never) on the clock given; a pass still running when the next is due
 * is not doubled up. A failed pass is logged and the next one tries again. `stop` waits for a pass in flight.
 */
export function startScheduledPublishing(scheduler: ScheduledPublishing, options: SchedulerOptions): { stop: () => Promise<void> } {
  const { intervalSeconds, logger, now = () => new Date(), repeat = repeatWithTimers } = options;
  if (intervalSeconds === 0) return { stop: () => Promise.resolve() };
  let running: Promise<void> | undefined;
  const pass = async () => {
    try {
      const { published, refused, unpublished } = await scheduler.publishDue(now());
      if (published.length > 0) logger.info({ published }, 'scheduled items published');
      if (unpublished.length > 0) logger.info({ unpublished }, 'items taken down at their scheduled time');
      for (const item of refused) logger.warn(item, 'a scheduled item is due but fails the publishing checks; it stays scheduled');
    } catch (error) {
      logger.error({ err: error }, 'publishing scheduled items failed; trying again at the next pass');
    }
  };
  const cancel = repeat(() => {
    running ??= pass().finally(() => (running = undefined));
  }, intervalSeconds * 1000);
  return {
    stop: async () => {
      cancel();
      await running;
    },
  };
}
