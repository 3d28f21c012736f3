import { type User, type UserRole, UserRoleSchema } from '@kraina/core';

/** How many accounts a page of the list shows. */
export const usersPerPage = 20;

/** The account list's state: role filter, search, page, and the account open for editing. */
export interface UserListState {
  role?: UserRole;
  q?: string;
  page: number;
  user?: string;
}

/**
 * The account list's state read from its address. The API answers every account at once (a newsroom's staff is a
 * few dozen), so filtering and paging happen here, and an unknown role or page is dropped rather than shown empty.
 */
export function userListFromUrl(params: URLSearchParams): UserListState {
  const role = UserRoleSchema.safeParse(params.get('role'));
  const q = params.get('q')?.trim();
  const page = Number(params.get('page'));
  const user = params.get('user');
  return {
    ...(role.success ? { role: role.data } : {}),
    ...(q ? { q } : {}),
    page: Number.isInteger(page) && page > 1 ? page : 1,
    ...(user ? { user } : {}),
  };
}

/** The address of an account list state; the first page is the plain address. */
export function userListToUrl(state: UserListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.role) params.set('role', state.role);
  if (state.q) params.set('q', state.q);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.user) params.set('user', state.user);
  return params;
}

/** The accounts a state shows: of the role, whose name or email contains the search (any case), on its page. */
export function usersShown(users: readonly User[], state: UserListState): { items: User[]; pages: number } {
  const needle = state.q?.toLocaleLowerCase();
  const matching = users.filter((user) => (!state.role || user.role === state.role) && (!needle || `${user.name} ${user.email}`.toLocaleLowerCase().includes(needle)));
  const pages = Math.max(1, Math.ceil(matching.length / usersPerPage));
  const start = (Math.min(state.page, pages) - 1) * usersPerPage;
  return { items: matching.slice(start, start + usersPerPage), pages };
}
