import { type WorkflowAction, type WorkflowStatus, allowedActions, isAppError, workflowActorOf } from '@kraina/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { principalOf } from '../api/principal.js';
import { useSession } from '../api/session.js';
import { useLocale } from '../locale/locale-context.js';

/** The moves an editorial list offers on several rows at once. */
export const bulkActions = ['publish', 'archive'] as const satisfies readonly WorkflowAction[];

/** What a bulk move needs of a row: which it is, its state, who wrote it and the version it was read at. */
export interface BulkItem {
  id: string;
  status: WorkflowStatus;
  authorId: string | null;
  version: number;
}

interface BulkWorkflowOptions<Item extends BulkItem> {
  items: readonly Item[];
  /** Moves one row, sent with the version it was read at so a row changed meanwhile is refused, not overwritten. */
  move: (item: Item, action: WorkflowAction) => Promise<unknown>;
  /** The query key of the list, refreshed after a move. */
  listKey: readonly unknown[];
  /** The outcome in the list's own words. */
  describeOutcome: (counts: { done: number; failed: number }) => string;
}

/**
 * The selection of an editorial list and its bulk publish and archive: each action goes only to the selected rows
 * this user may move that way by core's workflow rules, and the outcome counts what was done and what was refused.
 */
export function useBulkWorkflow<Item extends BulkItem>({ items, move, listKey, describeOutcome }: BulkWorkflowOptions<Item>) {
  const { t } = useLocale();
  const session = useSession().data;
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState('');

  const actionsOf = (item: Item) => (session ? allowedActions(item.status, workflowActorOf(principalOf(session), item.authorId)) : []);
  const offered = bulkActions.filter((action) => items.some((item) => actionsOf(item).includes(action)));

  const bulk = useMutation({
    mutationFn: async (action: WorkflowAction) => {
      const targets = items.filter((item) => selected.has(item.id) && actionsOf(item).includes(action));
      const results = await Promise.allSettled(targets.map((item) => move(item, action)));
      const rejected = results.filter((r) => r.status === 'rejected').length;
      return { done: results.length - rejected, failed: rejected + (selected.size - targets.length) };
    },
    onSuccess: async (counts) => {
      setOutcome(describeOutcome(counts));
      setSelected(new Set());
      await queryClient.invalidateQueries({ queryKey: listKey });
    },
    onError: (error) => setOutcome(t('requestFailed', { message: isAppError(error) ? error.message : String(error) })),
  });

  function toggle(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  }

  return { selected, toggle, clear: () => setSelected(new Set()), offered, run: bulk.mutate, isPending: bulk.isPending, outcome };
}
