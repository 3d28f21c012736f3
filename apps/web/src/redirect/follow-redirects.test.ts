import { describe, expect, it } from 'vitest';
import { redirectCandidates } from './follow-redirects.js';

describe('redirectCandidates', () => {
  it('looks a legacy page up by its path as sent', () => {
    expect(redirectCandidates('/en/news/economy/some-title_i_0000043443.html')).toEqual(['/en/news/economy/some-title_i_0000043443.html']);
  });

  it('tries the path with its query first, then without it', () => {
    expect(redirectCandidates('/index.php?id=43443')).toEqual(['/index.php?id=43443', '/index.php']);
    expect(redirectCandidates('/old?')).toEqual(['/old']);
  });

  it('never asks about an address that could lead off the site', () => {
    expect(redirectCandidates('//evil.example/x')).toEqual([]);
    expect(redirectCandidates('/\\evil.example')).toEqual([]);
  });
});
