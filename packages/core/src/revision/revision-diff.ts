import { toPointer } from '../errors/validate.js';
import { type RichText, richTextToPlainText } from '../rich-text/rich-text.js';
import type { ChangedFields, RevisionChange } from './revision-history.js';

// Field-level differences between two saved states of an item, for the revision routes and the admin's history view.
// Containers are walked down to their leaves, so each change names one field; a rich-text body is compared block by
// block (a paragraph, a heading, a list), each shown as its text, which is what an editor reads when asked "what
// changed in the body?". Lists are aligned by their longest common run, so inserting a paragraph or a tag shows as
// one addition rather than as every later entry changing.

type Path = (string | number)[];
type Json = unknown;

/** What every save moves and so says nothing: the version and the time of the save; `translationStatus` is derived. */
const ignoredFields = new Set(['version', 'updatedAt', 'translationStatus']);

// Past this many cells the alignment of two long lists costs more than it tells; they are compared place by place.
const maxAlignmentCells = 4_000_000;

interface PathChange {
  path: Path;
  kind: RevisionChange['kind'];
  before?: string | null;
  after?: string | null;
}

const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRichText = (value: Json): value is RichText => isObject(value) && value.type === 'doc' && Array.isArray(value.content);

function sameValue(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

/** A leaf as text: strings as they are, numbers and booleans as JSON writes them. */
function leafText(value: Json): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A block of a body as an editor reads it: its text, or its kind for a block without any (an image, a rule). */
function blockText(block: Json): string {
  if (!isObject(block) || typeof block.type !== 'string') return '';
  const text = richTextToPlainText({ type: 'doc', content: [block] } as RichText);
  return text === '' ? `[${block.type}]` : text;
}

/** Every leaf of a value that was added or removed whole, each as its own change. */
function wholeValue(path: Path, value: Json, kind: 'added' | 'removed', asText: (value: Json) => string | null): PathChange[] {
  const side = (text: string | null) => (kind === 'added' ? { after: text } : { before: text });
  if (isRichText(value)) return value.content.flatMap((block, i) => [{ path: [...path, 'content', i], kind, ...side(blockText(block)) }]);
  if (Array.isArray(value)) return value.flatMap((item, i) => wholeValue([...path, i], item, kind, asText));
  if (isObject(value)) return Object.entries(value).flatMap(([key, item]) => (item === undefined ? [] : wholeValue([...path, key], item, kind, asText)));
  return [{ path, kind, ...side(asText(value)) }];
}

/** Pairs of indexes of equal entries, in order: the longest common subsequence of two lists. */
function alignLists(before: readonly Json[], after: readonly Json[]): [number, number][] {
  let start = 0;
  while (start < before.length && start < after.length && sameValue(before[start], after[start])) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && sameValue(before[endBefore - 1], after[endAfter - 1])) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const head = Array.from({ length: start }, (_, i): [number, number] => [i, i]);
  const tail = Array.from({ length: before.length - endBefore }, (_, i): [number, number] => [endBefore + i, endAfter + i]);
  const rows = endBefore - start;
  const columns = endAfter - start;
  if (rows === 0 || columns === 0 || rows * columns > maxAlignmentCells) return [...head, ...tail];
  // lengths[i][j]: the longest common run of before[start+i…] and after[start+j…].
  const lengths = Array.from({ length: rows + 1 }, () => new Uint32Array(columns + 1));
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = columns - 1; j >= 0; j -= 1) {
      const row = lengths[i] as Uint32Array;
      const below = lengths[i + 1] as Uint32Array;
      row[j] = sameValue(before[start + i], after[start + j]) ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const middle: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    if (sameValue(before[start + i], after[start + j])) {
      middle.push([start + i, start + j]);
      i += 1;
      j += 1;
    } else if (((lengths[i + 1] as Uint32Array)[j] as number) >= ((lengths[i] as Uint32Array)[j + 1] as number)) i += 1;
    else j += 1;
  }
  return [...head, ...middle, ...tail];
}

/**
 * Two lists, aligned: between equal entries, entries removed and added at the same place are taken as changed
 * (and compared inside), the rest as removed or added. `item` compares one pair; `whole` reports one entry.
 */
function diffLists(
  path: Path,
  before: readonly Json[],
  after: readonly Json[],
  item: (path: Path, before: Json, after: Json) => PathChange[],
  whole: (path: Path, value: Json, kind: 'added' | 'removed') => PathChange[],
): PathChange[] {
  const anchors = [...alignLists(before, after), [before.length, after.length] as [number, number]];
  const changes: PathChange[] = [];
  let fromBefore = 0;
  let fromAfter = 0;
  for (const [nextBefore, nextAfter] of anchors) {
    const removed = nextBefore - fromBefore;
    const added = nextAfter - fromAfter;
    const paired = Math.min(removed, added);
    for (let k = 0; k < paired; k += 1) changes.push(...item([...path, fromAfter + k], before[fromBefore + k], after[fromAfter + k]));
    for (let k = paired; k < removed; k += 1) changes.push(...whole([...path, fromBefore + k], before[fromBefore + k], 'removed'));
    for (let k = paired; k < added; k += 1) changes.push(...whole([...path, fromAfter + k], after[fromAfter + k], 'added'));
    fromBefore = nextBefore + 1;
    fromAfter = nextAfter + 1;
  }
  return changes;
}

function diffRichText(path: Path, before: RichText, after: RichText): PathChange[] {
  const block = (at: Path, a: Json, b: Json): PathChange[] => [{ path: at, kind: 'changed', before: blockText(a), after: blockText(b) }];
  const whole = (at: Path, value: Json, kind: 'added' | 'removed'): PathChange[] => [{ path: at, kind, ...(kind === 'added' ? { after: blockText(value) } : { before: blockText(value) }) }];
  return diffLists([...path, 'content'], before.content, after.content, block, whole);
}

function diffValues(path: Path, before: Json, after: Json): PathChange[] {
  if (sameValue(before, after)) return [];
  if (before === undefined) return wholeValue(path, after, 'added', leafText);
  if (after === undefined) return wholeValue(path, before, 'removed', leafText);
  if (isRichText(before) && isRichText(after)) return diffRichText(path, before, after);
  if (Array.isArray(before) && Array.isArray(after)) {
    return diffLists(path, before, after, diffValues, (at, value, kind) => wholeValue(at, value, kind, leafText));
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => (path.length === 0 && ignoredFields.has(key) ? [] : diffValues([...path, key], before[key], after[key])));
  }
  const beforeIsLeaf = !Array.isArray(before) && !isObject(before);
  const afterIsLeaf = !Array.isArray(after) && !isObject(after);
  if (beforeIsLeaf && afterIsLeaf) return [{ path, kind: 'changed', before: leafText(before), after: leafText(after) }];
  // A leaf became a container or the other way round (a dateline set where there was none): one side goes, the other comes.
  return [...wholeValue(path, before, 'removed', leafText), ...wholeValue(path, after, 'added', leafText)];
}

function toChange({ path, ...rest }: PathChange): RevisionChange {
  return { pointer: toPointer(path), ...rest };
}

/** Every field-level difference between two saved states of an item, bodies block by block, in the item's field order. */
export function diffRevisions(before: Json, after: Json): RevisionChange[] {
  return diffValues([], before, after).map(toChange);
}

/**
 * What a save changed, by name: the item's own fields (`section`, `tags`) and, per locale, the fields of its text
 * (`headline`, `status`); a locale added or removed lists every field it had. The first revision has nothing to
 * compare with, so `before` undefined lists nothing.
 */
export function changedFieldsOf(before: Json, after: Json): ChangedFields {
  const changedFields = new Set<string>();
  const changedTranslations: Record<string, Set<string>> = {};
  if (before !== undefined) {
    for (const { path } of diffValues([], before, after)) {
      const [field, locale, textField] = path;
      if (field === 'translations' && typeof locale === 'string' && textField !== undefined) {
        (changedTranslations[locale] ??= new Set()).add(String(textField));
      } else if (field !== undefined) changedFields.add(String(field));
    }
  }
  return {
    changedFields: [...changedFields],
    changedTranslations: Object.fromEntries(Object.entries(changedTranslations).map(([locale, fields]) => [locale, [...fields]])),
  };
}
