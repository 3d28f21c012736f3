import {
  AppError,
  type FieldIssue,
  type Principal,
  type WorkflowRequestSchema,
  type WorkflowStatus,
  applyTransition,
  localeStatesAfter,
  workflowActorOf,
} from '@kraina/core';
import type { z } from 'zod';
import { type ContentKind, nounOf } from '../content/content-kind.js';
import type { ContentStores } from '../content/content-stores.js';
import type { WorkflowChange } from '../content/publishable-store.js';
import type { Database } from '../db/database.js';
import { createRevisionAuthors } from '../revision/revision-authors.js';
import { type ItemOfKind, refuseUnpublishable } from './publishing-candidates.js';

type WorkflowRequest = z.output<typeof WorkflowRequestSchema>;

/** What the workflow needs of a kind's store: reading any item, and moving it at the version it was read at. */
interface MovableStore<T> {
  getById: (id: string) => Promise<T | undefined>;
  changeWorkflow: (id: string, change: WorkflowChange, authorId: string | null, expectedVersion?: number) => Promise<T>;
}

function localeStatesOf(item: ItemOfKind[ContentKind]): Record<string, WorkflowStatus> {
  // A place's translations differ by its kind only in type; each text has its locale's state.
  const texts: Partial<Record<string, { status: WorkflowStatus }>> = item.translations;
  return Object.fromEntries(Object.entries(texts).map(([locale, text]) => [locale, text?.status ?? 'draft']));
}

/**
 * The editorial workflow over the content stores: staff moves, decided by core's state machine for the caller's
 * role and ownership, and the scheduler's publication of items whose time has come. Each reads the item, decides,
 * and writes through the store's `changeWorkflow` at the version it read, so a move decided on a stale read writes
 * nothing and answers a version conflict.
 */
export function createWorkflowMoves(database: Database, stores: Pick<ContentStores, 'articles' | 'events' | 'sites'>, clock: () => Date = () => new Date()) {
  const authors = createRevisionAuthors(database);
  const storeOf = <K extends ContentKind>(kind: K): MovableStore<ItemOfKind[K]> =>
    // The three stores share these two operations; TypeScript cannot pair a kind chosen at run time with its store.
    ({ article: stores.articles, event: stores.events, site: stores.sites })[kind] as unknown as MovableStore<ItemOfKind[K]>;

  async function load<K extends ContentKind>(kind: K, id: string): Promise<ItemOfKind[K]> {
    const item = await storeOf(kind).getById(id);
    if (item === undefined) throw new AppError('not-found', `No ${nounOf[kind]} ${id}`);
    return item;
  }

  // Events and places record no author of their own; their first revision names who created them.
  async function authorOf(kind: ContentKind, item: ItemOfKind[ContentKind]): Promise<string | null> {
    return kind === 'article' ? (item.authorId ?? null) : authors.firstAuthorOf(kind, item.id);
  }

  /** The locales a publish or schedule takes: those asked for, each of which the item must have a text in. */
  function chosenLocales(item: ItemOfKind[ContentKind], asked: readonly string[] | undefined): string[] {
    if (asked === undefined) return Object.keys(item.translations);
    const chosen = [...new Set(asked)];
    const issues: FieldIssue[] = asked.flatMap((locale, i) =>
      item.translations[locale] === undefined ? [{ pointer: `#/body/locales/${i}`, detail: `There is no text in "${locale}" to publish` }] : [],
    );
    if (issues.length > 0) throw new AppError('invalid-input', 'Publish only locales the item has a text in', { issues });
    return chosen;
  }

  function refuseUnlessFuture(at: string, field: 'publishAt' | 'unpublishAt', detail: string): void {
    if (Date.parse(at) > clock().getTime()) return;
    throw new AppError('invalid-input', 'A scheduled time must be in the future', { issues: [{ pointer: `#/body/${field}`, detail }] });
  }

  /**
   * The take-down time a publish or schedule leaves the item with: the one asked for (in the future), null when
   * cancelled, or the one it has. A publication due after the item's own take-down would come down as it went up.
   */
  function refuseTakeDownBefore(item: ItemOfKind[ContentKind], request: WorkflowRequest): void {
    if (request.unpublishAt !== undefined) {
      if (request.unpublishAt !== null) refuseUnlessFuture(request.unpublishAt, 'unpublishAt', 'Must be in the future; unpublish now instead');
      return;
    }
    const kept = item.unpublishAt ?? null;
    if (kept === null || request.publishAt === undefined || Date.parse(request.publishAt) < Date.parse(kept)) return;
    throw new AppError('invalid-input', 'The item would be published after the time it is due to come down', {
      issues: [{ pointer: '#/body/publishAt', detail: `Must be before ${kept}, when it is due to come down; or change that time too` }],
    });
  }

  // A replacement is another item of the same kind; it may still be a draft, and readers are sent to it once published.
  async function refuseUnknownReplacement(kind: ContentKind, item: ItemOfKind[ContentKind], replacedBy: string | undefined): Promise<void> {
    if (replacedBy === undefined) return;
    const found = replacedBy === item.id ? undefined : await storeOf(kind).getById(replacedBy);
    if (found !== undefined) return;
    const detail = replacedBy === item.id ? `An item cannot replace itself` : `No ${nounOf[kind]} ${replacedBy}`;
    throw new AppError('invalid-input', 'The replacement must be another item of the same kind', { issues: [{ pointer: '#/body/withdrawal/replacedBy', detail }] });
  }

  /** What a move writes, once the state machine has allowed it: the item's and its locales' states, and its own fields. */
  async function changeFor<K extends ContentKind>(kind: K, item: ItemOfKind[K], request: WorkflowRequest, to: WorkflowStatus): Promise<WorkflowChange> {
    const states = localeStatesOf(item);
    if (request.action === 'publish' || request.action === 'schedule') {
      const chosen = chosenLocales(item, request.locales);
      if (request.publishAt !== undefined) refuseUnlessFuture(request.publishAt, 'publishAt', 'Must be in the future; publish now instead');
      refuseTakeDownBefore(item, request);
      await refuseUnpublishable(database.db, kind, item, chosen);
      return { status: to, locales: localeStatesAfter(to, states, chosen), publishAt: request.publishAt ?? null, unpublishAt: request.unpublishAt };
    }
    if (request.action === 'unpublish' && request.withdrawal !== undefined) {
      await refuseUnknownReplacement(kind, item, request.withdrawal.replacedBy);
      return { status: to, locales: localeStatesAfter(to, states), withdrawal: request.withdrawal };
    }
    return { status: to, locales: localeStatesAfter(to, states), ...(request.action === 'unschedule' ? { publishAt: null } : {}) };
  }

  return {
    /**
     * Makes one staff move: 404 for an unknown item, 412 when `baseVersion` is not the item's, 403 or 409 as the
     * state machine decides for the caller, 422 naming each field a publication would break; else the moved item.
     */
    async move<K extends ContentKind>(kind: K, id: string, request: WorkflowRequest, principal: Principal, baseVersion?: number): Promise<ItemOfKind[K]> {
      const item = await load(kind, id);
      if (baseVersion !== undefined && baseVersion !== item.version) {
        throw new AppError('version-conflict', `This ${nounOf[kind]} is at version ${item.version}; your move was based on ${baseVersion}`, {
          currentVersion: item.version,
        });
      }
      const to = applyTransition(item.status, request.action, workflowActorOf(principal, await authorOf(kind, item)));
      const change = await changeFor(kind, item, request, to);
      return storeOf(kind).changeWorkflow(id, change, principal.id, item.version);
    },

    /**
     * Publishes a scheduled item whose time is at or before `now`, in the locales scheduled, dated its scheduled
     * time; undefined when it is not (or no longer) due. Of processes racing to publish it, one wins and the others
     * answer a version conflict having written nothing.
     */
    async publishScheduled<K extends ContentKind>(kind: K, id: string, now: Date): Promise<ItemOfKind[K] | undefined> {
      const item = await storeOf(kind).getById(id);
      if (item?.status !== 'scheduled' || item.publishAt === null || Date.parse(item.publishAt) > now.getTime()) return undefined;
      const states = localeStatesOf(item);
      const scheduled = Object.keys(states).filter((locale) => states[locale] === 'scheduled');
      const chosen = scheduled.length > 0 ? scheduled : Object.keys(states);
      await refuseUnpublishable(database.db, kind, item, chosen);
      const change = { status: 'published', locales: localeStatesAfter('published', states, chosen), publishAt: null, publishedAt: item.publishAt } as const;
      return storeOf(kind).changeWorkflow(id, change, null, item.version);
    },

    /**
     * Takes down a published item whose take-down time is at or before `now`: back to draft in every locale, as an
     * editor's unpublish does; undefined when it is not (or no longer) due. Claimed at the version read, as
     * `publishScheduled` is, so of processes racing one takes it down and the others write nothing.
     */
    async unpublishScheduled<K extends ContentKind>(kind: K, id: string, now: Date): Promise<ItemOfKind[K] | undefined> {
      const item = await storeOf(kind).getById(id);
      const at = item?.unpublishAt ?? null;
      if (item?.status !== 'published' || at === null || Date.parse(at) > now.getTime()) return undefined;
      return storeOf(kind).changeWorkflow(id, { status: 'draft', locales: localeStatesAfter('draft', localeStatesOf(item)) }, null, item.version);
    },
  };
}

/** The editorial workflow's moves. */
export type WorkflowMoves = ReturnType<typeof createWorkflowMoves>;
