import { describe, expect, it } from 'vitest';
import { type Principal, type TokenScope, TokenScopeSchema, may, mayAccess, permissions, permissionsOf } from './permission.js';

const staff = (role: 'admin' | 'editor' | 'author' | 'translator'): Principal => ({ kind: 'staff', id: 'u', name: role, role, locales: [] });
const token = (...scopes: TokenScope[]): Principal => ({ kind: 'token', id: 'u', tokenId: 't', name: 'feed', scopes });

describe('may', () => {
  it('lets an admin do everything', () => {
    for (const permission of permissions) expect(may(staff('admin'), permission), permission).toBe(true);
  });

  it('lets an editor write, publish and delete content, but not manage accounts, tokens or read the audit log', () => {
    const editor = staff('editor');
    expect(['content:write', 'content:publish', 'content:delete', 'sections:manage'].every((p) => may(editor, p as never))).toBe(true);
    expect(may(editor, 'users:manage') || may(editor, 'tokens:manage') || may(editor, 'audit:read')).toBe(false);
  });

  it('lets an author write only their own drafts, and a translator only translations', () => {
    expect([...permissionsOf(staff('author'))].sort()).toEqual(['content:write-own', 'drafts:read', 'self']);
    expect([...permissionsOf(staff('translator'))].sort()).toEqual(['drafts:read', 'self', 'translations:write']);
  });

  it('gives a token exactly what its scopes grant, and never accounts, tokens or a session of its own', () => {
    expect(may(token('content:write'), 'content:write')).toBe(true);
    expect(may(token('content:write'), 'content:publish')).toBe(false);
    const everything = token(...TokenScopeSchema.options);
    expect(may(everything, 'users:manage') || may(everything, 'tokens:manage') || may(everything, 'self')).toBe(false);
    expect(permissionsOf(token()).size).toBe(0);
  });
});

describe('mayAccess', () => {
  it('admits anyone to public routes and no anonymous caller elsewhere', () => {
    expect(mayAccess(null, 'public')).toBe(true);
    expect(mayAccess(null, 'self')).toBe(false);
    expect(mayAccess(null, ['content:write', 'content:write-own'])).toBe(false);
  });

  it('admits a caller holding any one permission of a list', () => {
    expect(mayAccess(staff('translator'), ['content:write', 'translations:write'])).toBe(true);
    expect(mayAccess(staff('translator'), ['content:write', 'content:write-own'])).toBe(false);
    expect(mayAccess(staff('author'), 'content:delete')).toBe(false);
  });
});

describe('a member of staff who must set up two-factor sign-in', () => {
  it('holds only `self`, whatever their role, until they set it up', () => {
    const admin: Principal = { kind: 'staff', id: 'u', name: 'admin', role: 'admin', locales: [], twoFactorSetupRequired: true };
    expect([...permissionsOf(admin)]).toEqual(['self']);
    expect(mayAccess(admin, 'users:manage')).toBe(false);
    expect(mayAccess(admin, 'self')).toBe(true);
    expect(may({ ...admin, twoFactorSetupRequired: false }, 'users:manage')).toBe(true);
  });
});
