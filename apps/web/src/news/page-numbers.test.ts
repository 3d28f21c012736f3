import { describe, expect, it } from 'vitest';
import { type PageLink, pageLinks } from './page-numbers.js';

const show = (links: PageLink[]) => links.map((link) => (link.kind === 'gap' ? '…' : String(link.page))).join(' ');

describe('pageLinks', () => {
  it('shows the first and last pages and two either side of page 283 of 5,000', () => {
    expect(show(pageLinks(283, 5000))).toBe('1 … 281 282 283 284 285 … 5000');
  });

  it('shows every page of a short list', () => {
    expect(show(pageLinks(2, 4))).toBe('1 2 3 4');
  });

  it('shows a single left-out page itself rather than a gap', () => {
    expect(show(pageLinks(5, 10))).toBe('1 2 3 4 5 6 7 … 10');
  });

  it('shows no bar for a list of one page', () => {
    expect(pageLinks(1, 1)).toEqual([]);
  });
});
