import { describe, expect, it } from 'vitest';
import { eventQueryFromUrl, eventQueryToUrl } from './event-list-url.js';

describe('the event list’s state in its address', () => {
  it('reads filters, search, order and cursor back as they were written', () => {
    const query = { status: 'draft', category: 'concert', from: '2031-05-01', to: '2031-05-31', locale: 'ru', q: 'джаз', sort: 'start-asc', cursor: 'abc_1' } as const;
    expect(eventQueryFromUrl(eventQueryToUrl(query))).toEqual(query);
  });

  it('drops a category or order core does not know instead of sending it to be refused', () => {
    expect(eventQueryFromUrl(new URLSearchParams('category=rave&sort=random&q=opera&from=2031-02-30'))).toEqual({ q: 'opera' });
  });

  it('leaves the default order out of the address', () => {
    expect(eventQueryToUrl({ sort: 'updated-desc', category: 'festival' }).toString()).toBe('category=festival');
  });
});
