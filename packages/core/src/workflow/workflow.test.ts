import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/app-error.js';
import { UserRoleSchema } from '../user/user.js';
import { allowedActions, applyTransition, checkTransition, workflowTransitions } from './workflow.js';
import { WorkflowStatusSchema } from './workflow-status.js';

const editor = { role: 'editor', isOwner: false } as const;
const ownAuthor = { role: 'author', isOwner: true } as const;
const otherAuthor = { role: 'author', isOwner: false } as const;
const translator = { role: 'translator', isOwner: true } as const;

describe('the editorial workflow', () => {
  it('lets an author submit their own draft for review', () => {
    expect(applyTransition('draft', 'submit', ownAuthor)).toBe('in-review');
  });

  it("refuses an author submitting someone else's draft, as forbidden", () => {
    const check = checkTransition('draft', 'submit', otherAuthor);
    expect(check).toMatchObject({ ok: false, reason: 'role-not-allowed' });
    try {
      applyTransition('draft', 'submit', otherAuthor);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('forbidden');
    }
  });

  it('never lets an author publish, even their own work', () => {
    for (const status of WorkflowStatusSchema.options) {
      expect(checkTransition(status, 'publish', ownAuthor).ok).toBe(false);
    }
  });

  it('gives a translator no workflow moves on the item itself', () => {
    for (const status of WorkflowStatusSchema.options) expect(allowedActions(status, translator)).toEqual([]);
  });

  it('lets an editor schedule, publish a scheduled item, unpublish and archive', () => {
    expect(applyTransition('in-review', 'schedule', editor)).toBe('scheduled');
    expect(applyTransition('scheduled', 'publish', editor)).toBe('published');
    // Scheduling a scheduled item again moves its time.
    expect(applyTransition('scheduled', 'schedule', editor)).toBe('scheduled');
    expect(applyTransition('published', 'unpublish', editor)).toBe('draft');
    // Publishing a live item again changes which of its locales are live.
    expect(applyTransition('published', 'publish', editor)).toBe('published');
    expect(applyTransition('published', 'archive', editor)).toBe('archived');
    expect(applyTransition('archived', 'restore', editor)).toBe('draft');
  });

  it('answers conflict, not forbidden, for a move that does not start from the current status', () => {
    try {
      applyTransition('archived', 'publish', editor);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('conflict');
    }
  });

  it('lists exactly the moves an editor has from in-review', () => {
    expect(allowedActions('in-review', editor)).toEqual(['return', 'schedule', 'publish']);
  });

  it('gives admins every move an editor has, from every status', () => {
    for (const status of WorkflowStatusSchema.options) {
      expect(allowedActions(status, { role: 'admin', isOwner: false })).toEqual(allowedActions(status, editor));
    }
  });

  it('only ever leads to a known status, and every role is a known role', () => {
    for (const transition of Object.values(workflowTransitions)) {
      expect(WorkflowStatusSchema.options).toContain(transition.to);
      for (const role of transition.roles) expect(UserRoleSchema.options).toContain(role);
    }
  });
});
