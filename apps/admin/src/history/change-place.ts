import type { RevisionChange } from '@kraina/core';

/** Where in an item a change is: the locale of the text it is in (none for the item's own fields), then the path. */
export interface ChangePlace {
  locale: string | undefined;
  path: string[];
}

/** Reads a change's JSON pointer (`#/translations/en/body/content/3`), undoing RFC 6901's escapes. */
export function placeOfPointer(pointer: string): ChangePlace {
  const tokens = pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((token) => token !== '')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (tokens[0] === 'translations' && tokens[1] !== undefined) return { locale: tokens[1], path: tokens.slice(2) };
  return { locale: undefined, path: tokens };
}

/** One step of a path in words: a known field's name, a body's block by its number from one, else the name as stored. */
export type StepWords = (step: { field: string } | { block: number } | { entry: number }) => string;

/** A change's path as a person reads it: `body › block 4` rather than `body/content/3`. */
export function describePath(path: readonly string[], words: StepWords): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const step = path[i] as string;
    const next = path[i + 1];
    // A rich text's blocks sit under `content`; the word "content" says nothing to an editor, the block's number does.
    if (step === 'content' && next !== undefined && /^\d+$/.test(next)) {
      parts.push(words({ block: Number(next) + 1 }));
      i += 1;
    } else if (/^\d+$/.test(step)) parts.push(words({ entry: Number(step) + 1 }));
    else parts.push(words({ field: step }));
  }
  return parts.join(' › ');
}

/** Changes grouped as the history shows them: the item's own fields first, then each locale's text in the order met. */
export function groupByLocale(changes: readonly RevisionChange[]): { locale: string | undefined; changes: { change: RevisionChange; path: string[] }[] }[] {
  const groups = new Map<string | undefined, { change: RevisionChange; path: string[] }[]>([[undefined, []]]);
  for (const change of changes) {
    const { locale, path } = placeOfPointer(change.pointer);
    const group = groups.get(locale) ?? [];
    group.push({ change, path });
    groups.set(locale, group);
  }
  return [...groups].filter(([, group]) => group.length > 0).map(([locale, group]) => ({ locale, changes: group }));
}
