import { describe, expect, it } from 'vitest';
import { mediaQueryFromUrl, mediaQueryToUrl } from './media-list-url.js';

describe('the media library’s state in its address', () => {
  it('reads search, kind, the missing-alt filter, cursor and open item back as they were written', () => {
    const query = { q: 'опера', kind: 'image', cursor: 'abc_1', missingAlt: true, item: '5f0c6f2e-3b7a-4c1d-9e8f-0a1b2c3d4e5f' } as const;
    expect(mediaQueryFromUrl(mediaQueryToUrl(query))).toEqual(query);
  });

  it('drops values core’s schema refuses, and an item that is not an id', () => {
    expect(mediaQueryFromUrl(new URLSearchParams('kind=video&cursor=a%20b&item=../etc&q=stage'))).toEqual({ q: 'stage' });
  });

  it('leaves empty fields out of the address', () => {
    expect(mediaQueryToUrl({ q: '', missingAlt: false }).toString()).toBe('');
  });
});
