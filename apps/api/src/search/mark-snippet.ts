// Snippets for SQLite's search, made from the stored text rather than by FTS5's snippet(): that function needs the
// MATCH again for each row, and a common word's prefix query costs milliseconds per evaluation (126 ms for a page
// of "minsk" on the benchmark's archive, five times the ranking itself). The rules follow the index's tokenizer
// (unicode61, remove_diacritics 2): a word is a run of letters, digits and marks, compared without case or
// diacritics, and a reader's word matches every word it begins, as the prefix query did.

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** A word as the index compares it: decomposed, without diacritics, lower case. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Token {
  start: number;
  end: number;
  /** Which of the reader's words it matches, or -1. */
  match: number;
}

/**
 * The stretch of `text` of about `size` words that holds the most of the reader's different words (the earliest
 * such stretch), with each matching word wrapped in `start`/`stop` marks and `…` where the text was cut.
 */
export function markSnippet(text: string, words: readonly string[], marks: { start: string; stop: string }, size = 24): string {
  const folded = words.map(foldWord);
  const tokens: Token[] = [];
  for (const found of text.matchAll(wordPattern)) {
    const word = foldWord(found[0]);
    tokens.push({ start: found.index, end: found.index + found[0].length, match: folded.findIndex((w) => word.startsWith(w)) });
  }
  if (tokens.length === 0) return '';
  // Best: the most different words, then the most matches, then a quarter of the stretch as context before the
  // first match (a snippet that opens on the match reads abruptly).
  const context = Math.floor(size / 4);
  let best = 0;
  let bestScore = -Infinity;
  for (let first = 0; first < Math.max(1, tokens.length - size + 1); first += 1) {
    const window = tokens.slice(first, first + size);
    const matches = window.filter((t) => t.match >= 0);
    const lead = window.findIndex((t) => t.match >= 0);
    const score = new Set(matches.map((t) => t.match)).size * 10_000 + matches.length * 100 - (lead < 0 ? 0 : Math.abs(lead - Math.min(context, first + lead)));
    if (score > bestScore) {
      bestScore = score;
      best = first;
    }
  }
  const shown = tokens.slice(best, best + size);
  const cutStart = best > 0;
  const cutEnd = best + size < tokens.length;
  // Whole text on an uncut side, so its first word's opening quote or last sentence's full stop stays.
  const from = cutStart ? (shown[0] as Token).start : 0;
  const to = cutEnd ? (shown.at(-1) as Token).end : text.trimEnd().length;
  let marked = '';
  let at = from;
  for (const token of shown) {
    if (token.match < 0) continue;
    marked += text.slice(at, token.start) + marks.start + text.slice(token.start, token.end) + marks.stop;
    at = token.end;
  }
  marked += text.slice(at, to);
  return `${cutStart ? '…' : ''}${marked.trimStart()}${cutEnd ? '…' : ''}`;
}
