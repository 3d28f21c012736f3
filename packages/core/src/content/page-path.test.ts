import { describe, expect, it } from 'vitest';
import { articlePagePath, eventPagePath, placePagePath } from './page-path.js';

describe('public page paths', () => {
  it('spell each kind’s page as the public site routes it, under the reader’s locale', () => {
    expect(articlePagePath('be', { section: 'business-news', slug: 'minsk-forum' })).toBe('/be/news/business-news/minsk-forum');
    expect(eventPagePath('en', { slug: 'slavianski-bazaar' })).toBe('/en/events/slavianski-bazaar');
    expect(placePagePath('ru', { kind: 'unesco-heritage', slug: 'mir-castle' })).toBe('/ru/places/unesco-heritage/mir-castle');
  });
});
