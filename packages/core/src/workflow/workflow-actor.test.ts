import { describe, expect, it } from 'vitest';
import type { StaffPrincipal, TokenPrincipal } from '../auth/permission.js';
import { allowedActions } from './workflow.js';
import { workflowActorOf } from './workflow-actor.js';

const authorId = '0b6f4e4e-8c2a-4a53-9f7d-3c1e5a2b7d10';
const staff = (role: StaffPrincipal['role'], id = authorId): StaffPrincipal => ({ kind: 'staff', id, name: 'Staff', role, locales: [] });
const token = (scopes: TokenPrincipal['scopes']): TokenPrincipal => ({ kind: 'token', id: authorId, tokenId: 'c1d2e3f4-0000-4000-8000-000000000001', name: 'Feed', scopes });

describe('who moves an item through the workflow', () => {
  it('takes a member of staff by their role, owning only what they wrote', () => {
    expect(workflowActorOf(staff('author'), authorId)).toEqual({ role: 'author', isOwner: true });
    expect(workflowActorOf(staff('author'), '9a1c3e5f-0000-4000-8000-000000000002')).toEqual({ role: 'author', isOwner: false });
    expect(workflowActorOf(staff('editor'), null)).toEqual({ role: 'editor', isOwner: false });
  });

  it('moves a publishing token as an editor, a writing token as an author of any item, and gives other tokens no moves', () => {
    expect(allowedActions('in-review', workflowActorOf(token(['content:publish']), null))).toEqual(['return', 'schedule', 'publish']);
    expect(allowedActions('draft', workflowActorOf(token(['content:write']), null))).toEqual(['submit']);
    for (const status of ['draft', 'in-review', 'published'] as const) {
      expect(allowedActions(status, workflowActorOf(token(['translations:write', 'drafts:read']), null))).toEqual([]);
    }
  });
});
