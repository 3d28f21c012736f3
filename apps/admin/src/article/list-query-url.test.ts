import { describe, expect, it } from 'vitest';
import { listQueryFromUrl, listQueryToUrl } from './list-query-url.js';

describe('the article list’s state in its address', () => {
  it('reads filters, search, order and cursor back as they were written', () => {
    const query = { status: 'in-review', section: 'culture', locale: 'be', q: 'опера', sort: 'created-asc', cursor: 'abc_1' } as const;
    expect(listQueryFromUrl(listQueryToUrl(query))).toEqual(query);
  });

  it('drops a value core’s schema refuses instead of sending it to be refused', () => {
    expect(listQueryFromUrl(new URLSearchParams('status=deleted&sort=random&locale=english&q=budget'))).toEqual({ q: 'budget' });
  });

  it('leaves the default order and empty fields out of the address', () => {
    expect(listQueryToUrl({ sort: 'updated-desc', q: '' }).toString()).toBe('');
  });
});
