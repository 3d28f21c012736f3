import { describe, expect, it } from 'vitest';
import { placeListQueryFromUrl, placeListQueryToUrl } from './place-list-url.js';

describe('the place list’s address', () => {
  it('keeps the filters, order and page a bookmark names', () => {
    const query = placeListQueryFromUrl(new URLSearchParams('status=draft&kind=unesco-heritage&region=brest&q=castle&sort=title&cursor=abc'));
    expect(query).toEqual({ status: 'draft', kind: 'unesco-heritage', region: 'brest', q: 'castle', sort: 'title', cursor: 'abc' });
    expect(placeListQueryToUrl(query).toString()).toBe('status=draft&kind=unesco-heritage&region=brest&q=castle&sort=title&cursor=abc');
  });

  it('drops a value core would refuse, such as a kind that does not exist, instead of sending it', () => {
    expect(placeListQueryFromUrl(new URLSearchParams('kind=castle&status=gone&region=Not a slug'))).toEqual({});
  });

  it('leaves the default order out, so the plain list has the plain address', () => {
    expect(placeListQueryToUrl({ sort: 'updated-desc' }).toString()).toBe('');
  });
});
