import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import type { UserRole } from '../user/user.js';
import type { WorkflowStatus } from './workflow-status.js';

/** The moves an editor can make on an item; each is one edge of the workflow graph. */
export const WorkflowActionSchema = z
  .enum(['submit', 'return', 'schedule', 'unschedule', 'publish', 'unpublish', 'archive', 'restore'])
  .meta({ id: 'WorkflowAction' });
/** A workflow move such as `submit` or `publish`. */
export type WorkflowAction = z.infer<typeof WorkflowActionSchema>;

interface Transition {
  from: readonly WorkflowStatus[];
  to: WorkflowStatus;
  roles: readonly UserRole[];
  // Authors may move their own work only; editors and admins may move anyone's.
  ownerRoles?: readonly UserRole[];
}

/** The whole workflow as data: from which statuses each action starts, where it leads, and who may take it. */
export const workflowTransitions = {
  submit: { from: ['draft'], to: 'in-review', roles: ['admin', 'editor'], ownerRoles: ['author'] },
  // Sends work back for changes; an author may also take back their own submission.
  return: { from: ['in-review'], to: 'draft', roles: ['admin', 'editor'], ownerRoles: ['author'] },
  // From `scheduled` too: scheduling again moves the time, as dragging an item in the editorial calendar does.
  schedule: { from: ['draft', 'in-review', 'scheduled'], to: 'scheduled', roles: ['admin', 'editor'] },
  unschedule: { from: ['scheduled'], to: 'draft', roles: ['admin', 'editor'] },
  // From `published` too: publishing again with other `locales` adds a translation to the live item or takes one off.
  publish: { from: ['draft', 'in-review', 'scheduled', 'published'], to: 'published', roles: ['admin', 'editor'] },
  unpublish: { from: ['published'], to: 'draft', roles: ['admin', 'editor'] },
  archive: { from: ['published', 'draft'], to: 'archived', roles: ['admin', 'editor'] },
  restore: { from: ['archived'], to: 'draft', roles: ['admin', 'editor'] },
} as const satisfies Record<WorkflowAction, Transition>;

/** Who is acting, and whether the item is theirs. */
export interface WorkflowActor {
  role: UserRole;
  isOwner: boolean;
}

/** Why a move is refused, or where it leads. */
export type TransitionCheck =
  | { ok: true; to: WorkflowStatus }
  | { ok: false; reason: 'wrong-status' | 'role-not-allowed'; message: string };

function roleMayTake(transition: Transition, actor: WorkflowActor): boolean {
  return transition.roles.includes(actor.role) || (actor.isOwner && (transition.ownerRoles ?? []).includes(actor.role));
}

/** Whether `actor` may take `action` on an item in status `from`, and the status it would lead to. */
export function checkTransition(from: WorkflowStatus, action: WorkflowAction, actor: WorkflowActor): TransitionCheck {
  const transition: Transition = workflowTransitions[action];
  if (!transition.from.includes(from)) {
    return { ok: false, reason: 'wrong-status', message: `Cannot ${action} an item that is ${from}` };
  }
  if (!roleMayTake(transition, actor)) {
    const whose = actor.isOwner ? '' : " someone else's";
    return { ok: false, reason: 'role-not-allowed', message: `An ${actor.role} may not ${action}${whose} item` };
  }
  return { ok: true, to: transition.to };
}

/** The status after `action`, or an `AppError`: `forbidden` for a role that may not, `conflict` for the wrong status. */
export function applyTransition(from: WorkflowStatus, action: WorkflowAction, actor: WorkflowActor): WorkflowStatus {
  const check = checkTransition(from, action, actor);
  if (check.ok) return check.to;
  throw new AppError(check.reason === 'role-not-allowed' ? 'forbidden' : 'conflict', check.message);
}

/** The actions `actor` may take on an item in status `from`, in the order the admin shows them. */
export function allowedActions(from: WorkflowStatus, actor: WorkflowActor): WorkflowAction[] {
  return WorkflowActionSchema.options.filter((action) => checkTransition(from, action, actor).ok);
}
