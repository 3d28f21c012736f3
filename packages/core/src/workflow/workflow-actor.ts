import { type Principal, may } from '../auth/permission.js';
import type { WorkflowActor } from './workflow.js';

/**
 * Who is moving an item, as the workflow's transitions read it: a member of staff by their role, and the item is
 * theirs when they wrote it. A token has no role, so it moves items as the role its scopes match: `content:publish`
 * as an editor, otherwise `content:write` as an author to whom every item counts as their own (a token writes on
 * any item), and with neither as a translator, who has no moves.
 */
export function workflowActorOf(principal: Principal, authorId: string | null): WorkflowActor {
  if (principal.kind === 'staff') return { role: principal.role, isOwner: authorId !== null && authorId === principal.id };
  if (may(principal, 'content:publish')) return { role: 'editor', isOwner: true };
  return { role: may(principal, 'content:write') ? 'author' : 'translator', isOwner: true };
}
