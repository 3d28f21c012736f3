// Where records sit in a source file, so a skipped one is named by its line as the person who wrote the file sees
// it. The parsers give records, not positions; these scans find the same records again in the text.

/** The 1-based line of each character offset, given in ascending order: one pass over the text for all of them. */
export function linesAt(text: string, offsets: readonly number[]): number[] {
  let line = 1;
  let at = 0;
  return offsets.map((offset) => {
    for (; at < offset && at < text.length; at += 1) if (text.charCodeAt(at) === 10) line += 1;
    return line;
  });
}

/** The text with comments and CDATA sections blanked out (line breaks kept), so tags inside them are not found. */
function blankQuoted(text: string): string {
  return text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (quoted) => quoted.replace(/[^\n]/g, ' '));
}

/** The line of each start tag named `name` (with any namespace prefix), in document order: feed items and entries. */
export function xmlElementLines(text: string, name: string): number[] {
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}(?=[\\s/>])`, 'g');
  return linesAt(text, [...blankQuoted(text).matchAll(pattern)].map((match) => match.index));
}

/**
 * The line of each element of the array that is the value of `key` in the top-level object of a JSON text (a
 * FeatureCollection's `features`), or an empty list when there is none. The text must already be valid JSON.
 */
export function jsonArrayElementLines(text: string, key: string): number[] {
  let depth = 0;
  let i = 0;
  let inArray = false;
  let arrayDepth = -1;
  let expectElement = false;
  let lastString = '';
  let afterKey = false;
  const offsets: number[] = [];
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') {
      const start = i;
      for (i += 1; i < text.length && text[i] !== '"'; i += text[i] === '\\' ? 2 : 1);
      lastString = JSON.parse(text.slice(start, i + 1)) as string;
      if (inArray && expectElement && depth === arrayDepth) offsets.push(start);
      expectElement = false;
      afterKey = false;
    } else if (c === ':') {
      afterKey = depth === 1 && lastString === key && !inArray;
    } else if (c === '[' || c === '{') {
      if (inArray && expectElement && depth === arrayDepth) offsets.push(i);
      expectElement = false;
      depth += 1;
      if (c === '[' && afterKey && arrayDepth === -1) {
        inArray = true;
        arrayDepth = depth;
        expectElement = true;
      }
      afterKey = false;
    } else if (c === ']' || c === '}') {
      if (inArray && depth === arrayDepth && c === ']') return linesAt(text, offsets);
      depth -= 1;
    } else if (c === ',') {
      if (inArray && depth === arrayDepth) expectElement = true;
    } else if (!/\s/.test(c)) {
      if (inArray && expectElement && depth === arrayDepth) offsets.push(i);
      expectElement = false;
      afterKey = false;
      for (; i + 1 < text.length && /[^\s,\]}]/.test(text[i + 1] as string); i += 1); // a number, true, false or null
    }
    i += 1;
  }
  return linesAt(text, offsets);
}
