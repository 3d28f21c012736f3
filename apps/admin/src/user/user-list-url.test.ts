import type { User } from '@kraina/core';
import { describe, expect, it } from 'vitest';
import { userListFromUrl, userListToUrl, usersPerPage, usersShown } from './user-list-url.js';

const user = (n: number, role: User['role'], name = `Person ${n}`): User => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  email: `person${n}@kraina.test`,
  name,
  role,
  locales: [],
  twoFactorEnabled: false,
  disabled: false,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  version: 0,
});

describe('the account list', () => {
  it('keeps role, search, page and the open account in the address', () => {
    const state = userListFromUrl(new URLSearchParams('role=translator&q=ala&page=2&user=abc'));
    expect(state).toEqual({ role: 'translator', q: 'ala', page: 2, user: 'abc' });
    expect(userListToUrl(state).toString()).toBe('role=translator&q=ala&page=2&user=abc');
  });

  it('drops a role core does not know and a page that is not a page', () => {
    expect(userListFromUrl(new URLSearchParams('role=owner&page=-3'))).toEqual({ page: 1 });
  });

  it('finds accounts by role and by part of the name or email, in any case', () => {
    const staff = [user(1, 'admin', 'Ala Admin'), user(2, 'translator', 'Ala Translator'), user(3, 'translator', 'Yan')];
    expect(usersShown(staff, { role: 'translator', q: 'ALA', page: 1 }).items.map((u) => u.name)).toEqual(['Ala Translator']);
    expect(usersShown(staff, { q: 'person3@', page: 1 }).items.map((u) => u.name)).toEqual(['Yan']);
  });

  it('pages a long list, and shows the last page for a page past the end', () => {
    const staff = Array.from({ length: usersPerPage + 5 }, (_, n) => user(n, 'author'));
    expect(usersShown(staff, { page: 1 })).toMatchObject({ pages: 2 });
    expect(usersShown(staff, { page: 2 }).items).toHaveLength(5);
    expect(usersShown(staff, { page: 9 }).items).toHaveLength(5);
  });
});
