import { describe, expect, it } from 'vitest';
import { redirectQueryFromUrl, redirectQueryToUrl } from './redirect-list-url.js';

describe('the redirect list address', () => {
  it('keeps a search and a page cursor across a reload', () => {
    const query = redirectQueryFromUrl(new URLSearchParams('q=%2Fnews&cursor=abc_123'));
    expect(query).toEqual({ q: '/news', cursor: 'abc_123' });
    expect(redirectQueryToUrl(query).toString()).toBe('q=%2Fnews&cursor=abc_123');
  });

  it('drops a blank search and a cursor core would refuse, so a hand-edited address still opens a list', () => {
    expect(redirectQueryFromUrl(new URLSearchParams('q=%20%20&cursor=not%20a%20cursor'))).toEqual({});
    expect(redirectQueryToUrl({}).toString()).toBe('');
  });
});
