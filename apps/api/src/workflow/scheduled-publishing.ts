import { type FieldIssue, isAppError } from '@kraina/core';
import type { Logger } from 'pino';
import { type ContentKind, contentTables } from '../content/content-kind.js';
import type { Database } from '../db/database.js';
import type { WorkflowMoves } from './workflow-moves.js';

/** What one pass of the scheduler did: the items it published, and those it had to leave scheduled, with why. */
export interface PublishDueReport {
  published: { kind: ContentKind; id: string }[];
  refused: { kind: ContentKind; id: string; issues: readonly FieldIssue[] }[];
}

const kinds: readonly ContentKind[] = ['article', 'event', 'site'];

/**
 * Publishes every scheduled item whose time has come, exactly once however many API processes run it at once. Each
 * due item is published through the workflow at the version it was read at: the first process to write it moves it
 * to the next version, and every other's write matches no row and is dropped (a version conflict, nothing written),
 * so there is one publication, one revision and one audit entry. An item failing the publishing checks (edited since
 * it was scheduled) stays scheduled and is reported, never published half-ready.
 */
export function createScheduledPublishing(database: Database, moves: WorkflowMoves) {
  return {
    async publishDue(now: Date): Promise<PublishDueReport> {
      const report: PublishDueReport = { published: [], refused: [] };
      for (const kind of kinds) {
        const due = await database.db
          .selectFrom(contentTables[kind].main)
          .select('id')
          .where('status', '=', 'scheduled')
          .where('publish_at', '<=', now.toISOString()) // stored instants are UTC ISO text, so they compare as text
          .orderBy('publish_at')
          .execute();
        for (const { id } of due) {
          try {
            if (await moves.publishScheduled(kind, id, now)) report.published.push({ kind, id });
          } catch (error) {
            if (isAppError(error) && error.code === 'version-conflict') continue; // another process published it
            if (isAppError(error) && error.code === 'invalid-input') report.refused.push({ kind, id, issues: error.issues });
            else throw error;
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
      const { published, refused } = await scheduler.publishDue(now());
      if (published.length > 0) logger.info({ published }, 'scheduled items published');
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
