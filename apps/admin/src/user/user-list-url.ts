import { type UserListQuery, UserListQuerySchema } from '@kraina/core';
import { type ListUrlFields, readListQuery, writeListQuery } from '../list/list-query-url.js';

// Accounts come in one order (by name), so the address never carries one.
const userListUrl: ListUrlFields<'role' | 'q' | 'disabled' | 'cursor'> = {
  schema: UserListQuerySchema,
  fields: ['role', 'q', 'disabled', 'cursor'],
  defaultSort: '',
};

/** The account list's state: what the API is asked for (role, search, enabled or not, page), and the account open. */
export interface UserListState {
  query: UserListQuery;
  user?: string;
}

/** The account list's state read from its address; a value core's schema refuses is dropped rather than sent. */
export function userListFromUrl(params: URLSearchParams): UserListState {
  const user = params.get('user');
  return { query: readListQuery(params, userListUrl), ...(user ? { user } : {}) };
}

/** The address of an account list state; the first page of every account is the plain address. */
export function userListToUrl({ query, user }: UserListState): URLSearchParams {
  const params = writeListQuery(query, userListUrl);
  if (user) params.set('user', user);
  return params;
}
