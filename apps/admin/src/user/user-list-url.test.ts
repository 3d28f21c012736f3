import { describe, expect, it } from 'vitest';
import { userListFromUrl, userListToUrl } from './user-list-url.js';

describe('the account list’s state in its address', () => {
  it('keeps role, search, enabled or not, the page’s cursor and the open account', () => {
    const state = userListFromUrl(new URLSearchParams('role=translator&q=ala&disabled=false&cursor=abc_1&user=abc'));
    expect(state).toEqual({ query: { role: 'translator', q: 'ala', disabled: 'false', cursor: 'abc_1' }, user: 'abc' });
    expect(userListToUrl(state).toString()).toBe('role=translator&q=ala&disabled=false&cursor=abc_1&user=abc');
  });

  it('drops a role or flag core does not know rather than send it to be refused', () => {
    expect(userListFromUrl(new URLSearchParams('role=owner&disabled=yes&q=%20'))).toEqual({ query: {} });
  });
});
