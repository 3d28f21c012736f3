import { describe, expect, it } from 'vitest';
import { foldWord, markSnippet } from './mark-snippet.js';

const marks = { start: '[', stop: ']' };

describe('markSnippet', () => {
  it('marks every word the reader’s words begin, in any case and without diacritics', () => {
    expect(markSnippet('Minsk hosts the forum; minskers cheer.', ['minsk'], marks)).toBe('[Minsk] hosts the forum; [minskers] cheer.');
    expect(markSnippet('Форум у Мінску адкрыўся', ['мінск'], marks)).toBe('Форум у [Мінску] адкрыўся');
    expect(markSnippet('Café culture in Brest', ['cafe'], marks)).toBe('[Café] culture in Brest');
  });

  it('shows the stretch that holds the most different words, cut with ellipses', () => {
    const text = `${'filler '.repeat(40)}harvest in the north ${'filler '.repeat(10)}harvest festival opens ${'filler '.repeat(40)}end`;
    const snippet = markSnippet(text, ['harvest', 'festival'], marks, 8);
    expect(snippet).toMatch(/^….*\[harvest\] \[festival\] opens.*…$/);
  });

  it('keeps a short text whole and unmarked when nothing matches, and gives nothing for no words', () => {
    expect(markSnippet('A castle near Nesvizh.', ['minsk'], marks)).toBe('A castle near Nesvizh.');
    expect(markSnippet('…', ['minsk'], marks)).toBe('');
  });

  it('folds as the index does', () => {
    expect(foldWord('ЁЛКА')).toBe('елка');
    expect(foldWord('Ŭ')).toBe('u');
  });
});
