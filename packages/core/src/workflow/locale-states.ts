import type { WorkflowStatus } from './workflow-status.js';

/**
 * The locale states that change when an item moves to `to`. Publishing or scheduling takes exactly the `chosen`
 * locales with it (without a choice, every locale the item has) and leaves the others as drafts; any other move
 * takes the published and scheduled locales back to drafts, so no locale claims a state its item has left.
 */
export function localeStatesAfter(
  to: WorkflowStatus,
  current: Readonly<Record<string, WorkflowStatus>>,
  chosen: readonly string[] = Object.keys(current),
): Record<string, WorkflowStatus> {
  const moving = to === 'published' || to === 'scheduled';
  const changes: Record<string, WorkflowStatus> = {};
  for (const [locale, status] of Object.entries(current)) {
    const next = moving && chosen.includes(locale) ? to : status === 'published' || status === 'scheduled' ? 'draft' : status;
    if (next !== status) changes[locale] = next;
  }
  return changes;
}
