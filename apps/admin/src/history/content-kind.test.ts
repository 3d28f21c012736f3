import { describe, expect, it } from 'vitest';
import { contentKindOfPath, contentPath } from './content-kind.js';

describe('the kind of content a screen is about', () => {
  it('reads it from the address, where places are the API’s sites', () => {
    expect(contentKindOfPath('/articles/1/history')).toBe('article');
    expect(contentKindOfPath('/events/1/translate')).toBe('event');
    expect(contentKindOfPath('/places/1/translate')).toBe('site');
    expect(contentKindOfPath('/media/1')).toBeUndefined();
  });

  it('writes the addresses of an item’s editor and its other screens', () => {
    expect(contentPath('site', 'abc')).toBe('/places/abc');
    expect(contentPath('article', 'abc', 'history')).toBe('/articles/abc/history');
  });
});
